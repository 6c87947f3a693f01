// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ViewportGate } from '../../../utils/dom/viewport-gate';

// The gate with an IntersectionObserver driven by hand: `near(el)` is the browser saying that
// `el` came within the observer's margin of the viewport.
function setUp(eager: number, withObserver = true) {
  const observed = new Set<Element>();
  let callback: ((entries: IntersectionObserverEntry[]) => void) | undefined;
  let margin: string | undefined;
  class HandObserver {
    constructor(cb: (entries: IntersectionObserverEntry[]) => void, options: IntersectionObserverInit) {
      callback = cb;
      margin = options.rootMargin;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  }
  const doc = { readyState: 'loading' as DocumentReadyState };
  const win = { document: doc, IntersectionObserver: withObserver ? HandObserver : undefined } as unknown as Window & typeof globalThis;
  const handedBack: HTMLElement[] = [];
  const gate = new ViewportGate(win, eager, (near) => handedBack.push(...near));
  const near = (el: Element, isIntersecting = true) =>
    callback?.([{ target: el, isIntersecting } as unknown as IntersectionObserverEntry]);
  const picture = () => document.createElement('img');
  const pictures = (n: number) => Array.from({ length: n }, picture);
  const load = () => (doc.readyState = 'complete');
  return { gate, near, observed, handedBack, picture, pictures, load, margin: () => margin };
}

describe('ViewportGate', () => {
  it('lets the first pictures of a document through and keeps the rest waiting, observed', () => {
    const { gate, observed, picture } = setUp(2);
    const [a, b, c, d] = [picture(), picture(), picture(), picture()];
    expect([a, b, c, d].map((el) => gate.admits(el))).toEqual([true, true, false, false]);
    expect([...gate.waiting]).toEqual([c, d]);
    expect([...observed]).toEqual([c, d]);
    // Asked again (the page's reading changed), an admitted picture is still admitted, a waiting one still waits.
    expect(gate.admits(a)).toBe(true);
    expect(gate.admits(c)).toBe(false);
    expect([...gate.waiting]).toEqual([c, d]);
  });

  it('hands a waiting picture back once it nears the viewport, and admits it from then on', () => {
    const { gate, near, observed, handedBack, picture, margin } = setUp(0);
    const [a, b] = [picture(), picture()];
    gate.admits(a);
    gate.admits(b);
    near(b, false);
    expect(handedBack).toEqual([]);
    near(b);
    expect(handedBack).toEqual([b]);
    expect([...gate.waiting]).toEqual([a]);
    expect(observed.has(b)).toBe(false);
    expect(gate.admits(b)).toBe(true);
    expect(margin()).toMatch(/%/);
  });

  it('lets a waiting picture through when asked (the idle page, the reading view)', () => {
    const { gate, observed, picture } = setUp(0);
    const a = picture();
    expect(gate.admits(a)).toBe(false);
    gate.admit(a);
    expect(gate.waiting.size).toBe(0);
    expect(observed.has(a)).toBe(false);
    expect(gate.admits(a)).toBe(true);
  });

  it('decides pictures as they come once 500 wait (a page of thousands would tax every frame)', () => {
    const { gate, observed, pictures } = setUp(0);
    const all = pictures(503);
    const admitted = all.map((el) => gate.admits(el));
    expect(admitted.filter(Boolean)).toHaveLength(3);
    expect(admitted.slice(500)).toEqual([true, true, true]);
    expect(observed.size).toBe(500);
  });

  it('decides pictures as they come once the page has loaded (a lazy loader, the next page of a feed)', () => {
    const { gate, observed, pictures, load } = setUp(0);
    const [early, ...later] = pictures(3);
    expect(gate.admits(early as HTMLElement)).toBe(false);
    load();
    expect(later.map((el) => gate.admits(el))).toEqual([true, true]);
    expect([...observed]).toEqual([early]);
  });

  it('admits everything where the engine has no IntersectionObserver', () => {
    const { gate, pictures } = setUp(0, false);
    expect(pictures(3).map((el) => gate.admits(el))).toEqual([true, true, true]);
  });
});
