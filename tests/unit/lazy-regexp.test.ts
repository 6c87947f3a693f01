import { describe, expect, it } from 'vitest';
import { lazy } from '../../utils/lazy-regexp';

describe('lazy', () => {
  it('makes its value on first use, once, and returns the same object after', () => {
    let made = 0;
    const word = lazy(() => {
      made++;
      return /\p{L}+/gu;
    });
    expect(made).toBe(0);
    const first = word();
    expect(word()).toBe(first);
    expect(made).toBe(1);
  });

  it('makes a value that is undefined only once', () => {
    let made = 0;
    const nothing = lazy(() => {
      made++;
      return undefined;
    });
    nothing();
    nothing();
    expect(made).toBe(1);
  });

  it("keeps a global pattern's lastIndex between calls, as the module constant did", () => {
    const word = lazy(() => /\p{L}+/gu);
    expect(word().exec('a picture')?.[0]).toBe('a');
    expect(word().lastIndex).toBe(1);
    expect(word().exec('a picture')?.[0]).toBe('picture');
    expect(word().exec('a picture')).toBeNull();
    expect(word().lastIndex).toBe(0);
  });
});
