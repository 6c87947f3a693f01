import { coverHeadingKey } from '../../utils/cover-wording';
import type { CoverContent } from '../../utils/dom/cover-handle';

/** What the cover says and does (focus after a reveal or hide is moved by mount-cover.ts). */
export type WarningCoverProps = CoverContent & {
  /** Why the last "Show image" did nothing (something of the page was over the button). */
  notice?: string;
};

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A line icon drawn in the text's colour, hidden from screen readers. */
interface IconShape {
  path: string;
  size: number;
  strokeWidth: number;
  roundJoins: boolean;
  className?: string;
}

const WARNING_ICON: IconShape = {
  path: 'M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12zM4 20 20 4',
  size: 24,
  strokeWidth: 1.6,
  roundJoins: true,
  className: 'icon',
};

const EYE_OFF_ICON: IconShape = {
  path: 'M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c6 0 10 6 10 6a17 17 0 0 1-3.2 3.7M6.6 6.6C3.9 8.3 2 12 2 12s4 6 10 6a9.7 9.7 0 0 0 4.4-1',
  size: 14,
  strokeWidth: 2,
  roundJoins: false,
};

/** The parts of a drawn warning whose words can change while it stays on screen. */
interface CoveredParts {
  state: 'covered';
  box: HTMLElement;
  content: HTMLElement;
  heading: HTMLElement;
  labels: HTMLElement;
  reason: HTMLElement;
  short: HTMLElement;
  show: HTMLButtonElement;
  notice: HTMLElement;
}

interface RevealedParts {
  state: 'revealed';
  box: HTMLElement;
  hide: HTMLButtonElement;
  label: HTMLElement;
}

/**
 * The warning drawn over a hidden image, and the small "Hide image" control over a revealed one,
 * built with the DOM directly: it runs in every page that shows a cover, where a UI library is
 * cold code compiled for the first cover (measured on a front page: half the time of mounting a
 * cover). A repaint changes words and attributes in place, so the focused button keeps focus.
 * Only trusted input (a real click or key press) acts: a page script calling click() does not.
 */
export class WarningCoverView {
  #parts: CoveredParts | RevealedParts | undefined;
  #props: WarningCoverProps | undefined;

  constructor(private readonly mountPoint: HTMLElement) {}

  paint(props: WarningCoverProps): void {
    this.#props = props;
    if (this.#parts?.state !== props.state) {
      this.#parts = props.state === 'revealed' ? this.#buildRevealed() : this.#buildCovered();
      this.mountPoint.replaceChildren(this.#parts.box);
    }
    if (this.#parts.state === 'revealed') this.#fillRevealed(this.#parts, props);
    else this.#fillCovered(this.#parts, props);
  }

  clear(): void {
    this.mountPoint.replaceChildren();
    this.#parts = undefined;
  }

  #fillCovered(parts: CoveredParts, props: WarningCoverProps): void {
    const { labels, reason, coverAll, graphic, t } = props;
    const named = labels.join(', ');
    const heading = t(coverHeadingKey(graphic, coverAll));
    // A screen reader moving from button to button must tell the photo of bodies from the map:
    // each name says what its picture may show, or that it is hidden only because every image is.
    const showName = coverAll ? t('cover_show_all_mode') : named ? t('cover_show_named', [named]) : t('cover_show');
    // The whole warning in one line, as a thumbnail's tooltip (its text is too small to hold it).
    const full = [heading, labels.join(' · '), reason].filter(Boolean).join(' — ');
    setAttribute(parts.box, 'dir', direction(t));
    setAttribute(parts.box, 'aria-label', coverAll ? heading : t('cover_group'));
    setAttribute(parts.content, 'title', full);
    setText(parts.heading, heading);
    setText(parts.labels, labels.join(' · '));
    setText(parts.reason, reason);
    // Absent rather than empty, as a screen reader would otherwise meet an empty paragraph.
    placeIf(labels.length > 0, parts.labels, parts.heading);
    placeIf(Boolean(reason), parts.reason, labels.length > 0 ? parts.labels : parts.heading);
    setText(parts.short, props.short);
    setAttribute(parts.show, 'aria-label', showName);
    setText(parts.show, t('cover_show'));
    setText(parts.notice, props.notice ?? '');
  }

  #fillRevealed(parts: RevealedParts, props: WarningCoverProps): void {
    const { t } = props;
    setAttribute(parts.box, 'dir', direction(t));
    setAttribute(parts.hide, 'aria-label', t('cover_hide_named'));
    setText(parts.label, t('cover_hide'));
  }

  #buildCovered(): CoveredParts {
    const box = this.#element('div', 'cover');
    box.setAttribute('role', 'group');
    // Nothing of the picture is drawn: a plain surface, sized like it.
    const content = this.#element('div', 'content');
    // Heading, labels and reason are always in the accessibility tree; thumbnails hide them from
    // view (container queries) and show the short form instead, which screen readers skip.
    const heading = this.#element('p', 'heading');
    const labels = this.#element('p', 'labels');
    const reason = this.#element('p', 'reason');
    const short = this.#element('p', 'short');
    short.setAttribute('aria-hidden', 'true');
    const show = this.#button('show', () => this.#props?.onReveal());
    // Always there, so the refusal is announced when its text arrives.
    const notice = this.#element('p', 'notice');
    notice.setAttribute('role', 'status');
    content.append(this.#icon(WARNING_ICON), heading, short, show, notice);
    box.append(content);
    return { state: 'covered', box, content, heading, labels, reason, short, show, notice };
  }

  #buildRevealed(): RevealedParts {
    const box = this.#element('div', 'revealed');
    const hide = this.#button('hide', () => this.#props?.onHide());
    const label = this.#element('span');
    hide.append(this.#icon(EYE_OFF_ICON), label);
    box.append(hide);
    return { state: 'revealed', box, hide, label };
  }

  #element(tag: 'div' | 'p' | 'span', className?: string): HTMLElement {
    const element = this.mountPoint.ownerDocument.createElement(tag);
    if (className) element.className = className;
    return element;
  }

  #button(className: string, action: () => void): HTMLButtonElement {
    const button = this.mountPoint.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = className;
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      if (event.isTrusted) action();
    });
    return button;
  }

  #icon(shape: IconShape): SVGSVGElement {
    const doc = this.mountPoint.ownerDocument;
    const svg = doc.createElementNS(SVG_NS, 'svg');
    if (shape.className) svg.setAttribute('class', shape.className);
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', String(shape.size));
    svg.setAttribute('height', String(shape.size));
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const stroke = doc.createElementNS(SVG_NS, 'path');
    stroke.setAttribute('fill', 'none');
    stroke.setAttribute('stroke', 'currentColor');
    stroke.setAttribute('stroke-width', String(shape.strokeWidth));
    stroke.setAttribute('stroke-linecap', 'round');
    if (shape.roundJoins) stroke.setAttribute('stroke-linejoin', 'round');
    stroke.setAttribute('d', shape.path);
    svg.append(stroke);
    return svg;
  }
}

/**
 * The warning is written in the browser's language, whatever the page's direction: an English
 * warning on an Arabic page must not be laid out right to left (the host's `all: initial` does
 * not reset direction). @@bidi_dir is the browser's own predefined message.
 */
function direction(t: WarningCoverProps['t']): 'rtl' | 'ltr' {
  return t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

// Writing only what changed keeps a repaint from disturbing a screen reader or a live region.
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function placeIf(wanted: boolean, element: HTMLElement, after: HTMLElement): void {
  if (!wanted) element.remove();
  else if (after.nextElementSibling !== element) after.after(element);
}
