// Readability keeps the page's own headline and byline line when its metadata came from <meta>
// tags; the reader prints both above the article, so the copies at the top of the body go.

/** Only the opening of the body is searched; a long paragraph means the article has begun. */
const OPENING_BLOCKS = 6;
const LONG_PARAGRAPH = 200;
const SHORT_LINE = 160;

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function removeRepeatedHeader(content: ParentNode, title: string, byline: string): void {
  const wantedTitle = normalize(title);
  const wantedByline = normalize(byline);
  const blocks = Array.from(content.querySelectorAll('h1, h2, h3, p')).slice(0, OPENING_BLOCKS);
  for (const block of blocks) {
    const text = normalize(block.textContent ?? '');
    if (block.localName === 'p' && text.length > LONG_PARAGRAPH) break;
    if (block.querySelector('img')) continue;
    const isTitle = wantedTitle !== '' && text === wantedTitle;
    const isByline = wantedByline !== '' && text.length < SHORT_LINE && text.includes(wantedByline);
    if (isTitle || isByline) block.remove();
  }
}
