import type { CorpusCase } from './corpus-figures';

// A picture's words seen in both halves of the real corpus: the same caption copied by another
// site (a mirror, a syndicated copy, a regional edition) under another url, which the split
// hashes apart. Rules tuned on the development copy would then be measured on the test copy.
// Such a page is marked `copyOf` the first one (tests/corpus/real/README.md); this finds those
// not marked yet.

/** Shorter texts (a logo's name, "Photo: AFP") are the same on unrelated pages. */
const MIN_WORDS = 5;

function wordsOf(text: string | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The picture's own words: its caption, or its alt where it has none. */
function ownWords(c: CorpusCase): string {
  const words = wordsOf(c.image.caption) || wordsOf(c.image.alt);
  return words.split(' ').length >= MIN_WORDS ? words : '';
}

/** Ids of cases, one list per text, whose own words are the same text in both halves. */
export function textsInBothHalves(cases: readonly CorpusCase[]): string[][] {
  const byText = new Map<string, CorpusCase[]>();
  for (const c of cases) {
    const words = ownWords(c);
    if (!words) continue;
    const same = byText.get(words);
    if (same) same.push(c);
    else byText.set(words, [c]);
  }
  return [...byText.values()].filter((same) => new Set(same.map((c) => c.half)).size > 1).map((same) => same.map((c) => c.id));
}
