// The real corpus's split into a development and a test half, fixed before any rule is fitted
// (tests/corpus/real/README.md): by page, FNV-1a 32-bit hash of the page's url in UTF-8, mixed by
// MurmurHash3's 32-bit finaliser, lowest bit 0 → dev, 1 → test. Every image of a page falls in
// its page's half. FNV-1a alone splits badly: it multiplies by an odd prime, so its lowest bit is
// only the parity of the odd bytes, and its top bit barely moves when the last letters differ;
// the finaliser makes every bit depend on every byte.

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

/** MurmurHash3's 32-bit finaliser: every output bit depends on every input bit. */
export function fmix32(hash) {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** 'dev' or 'test', for a page url. */
export function halfOf(url) {
  return (fmix32(fnv1a32(url)) & 1) === 0 ? 'dev' : 'test';
}
