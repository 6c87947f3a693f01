// Readability drops a block with several pictures and little text of its own (its "img > 1 and
// few paragraphs" rule), so a grid of figures (a map, a gate, a portrait, each with a caption)
// vanished from the reading view. Run on the inert snapshot before Readability: a block whose
// children are all figures becomes a <figure> of figures, which that rule leaves alone and the
// reader lays out as a grid.

/** Blocks that page builders use for figure grids and galleries. */
const GROUP_TAGS = new Set(['div', 'section', 'ul', 'ol']);
const MIN_FIGURES = 2;

export function keepFigureGroups(doc: Document): number {
  let kept = 0;
  // Innermost first, so a grid inside a wrapper becomes the group, not the wrapper.
  const blocks = Array.from(doc.body?.querySelectorAll('div, section, ul, ol') ?? []).reverse();
  for (const block of blocks) {
    if (!GROUP_TAGS.has(block.localName) || !block.isConnected) continue;
    const figures = figuresOnly(block);
    if (!figures || figures.length < MIN_FIGURES) continue;
    const group = doc.createElement('figure');
    group.setAttribute('data-fw-figure-group', '');
    group.append(...figures);
    block.replaceWith(group);
    kept++;
  }
  return kept;
}

/** The block's figures when it holds nothing else (list items holding one figure count). */
function figuresOnly(block: Element): Element[] | null {
  if ((ownText(block)).trim()) return null;
  const figures: Element[] = [];
  for (const child of Array.from(block.children)) {
    if (child.localName === 'figure') figures.push(child);
    else if (child.localName === 'li' && child.children.length === 1 && child.firstElementChild?.localName === 'figure' && !ownText(child).trim()) {
      figures.push(child.firstElementChild);
    } else return null;
  }
  return figures;
}

function ownText(el: Element): string {
  return Array.from(el.childNodes, (n) => (n.nodeType === 3 ? n.textContent ?? '' : '')).join('');
}
