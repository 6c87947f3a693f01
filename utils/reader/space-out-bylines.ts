// Readability reads a byline as the text of its element, so "<strong>Rania Khoury</strong>,
// correspondent<br><time>20 November</time>" becomes "correspondent20 November". A space before
// each line break and child element keeps the words apart; HTML collapses the extra spaces.

const BYLINE = '[class*="byline" i], [class*="author" i], [rel="author"], [itemprop="author"]';

export function spaceOutBylines(doc: Document): void {
  for (const byline of doc.querySelectorAll(BYLINE)) {
    for (const child of byline.querySelectorAll('*')) {
      child.before(doc.createTextNode(' '));
    }
  }
}
