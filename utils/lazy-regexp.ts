// A value made the first time it is used, not when its module is evaluated: for module-level
// regular expressions, `const WORD = lazy(() => /…/gu)`, used as `WORD()`.
//
// The content script is evaluated in every frame of every page, and V8 gives content scripts no
// code cache. A module-level regular expression literal is created (its pattern parsed) at that
// evaluation, although most frames (ad frames, pages without pictures) never use most of them.
// The content script's 77 module-level literals, evaluated in a fresh page in Chromium (medians
// of 25, PERFORMANCE.md, fourteenth session): 7.7 ms created at once, 3.2 ms made lazy but kept
// literals, 1.0 ms as strings built on first use; the top frame's evaluation of content.js went
// from 30.4 to 25.0 ms (median of 40 traced loads). V8 still checks a literal's pattern when it
// parses the script, so strings would save ~2 ms more in isolation (not resolved in the whole
// script's evaluation); the literals are kept so that the parser and ESLint's regex rules still
// check every pattern, and they read as patterns.
//
// `WORD()` is always the same object, so a global pattern's `lastIndex` behaves as it did on the
// module constant. A loop takes it once (`const word = WORD();`) rather than calling per item.

export function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      made = make();
      done = true;
    }
    return made as T;
  };
}
