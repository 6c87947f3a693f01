// The real corpus's split into a development and a test half, fixed before any rule is fitted
// (tests/corpus/real/README.md): by page, FNV-1a 32-bit hash of the page's url in UTF-8, even →
// dev, odd → test. Every image of a page falls in its page's half.

const encoder = new TextEncoder();

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`, as an unsigned integer. */
export function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** 'dev' or 'test', for a page url. */
export function halfOf(url) {
  return fnv1a32(url) % 2 === 0 ? 'dev' : 'test';
}
