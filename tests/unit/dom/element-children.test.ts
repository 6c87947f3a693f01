// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasAtMostChildren, isOnlyChild } from '../../../utils/dom/element-children';

function parentWith(children: number): HTMLElement {
  const div = document.createElement('div');
  div.append('text is not a child element');
  for (let i = 0; i < children; i++) div.append(document.createElement('span'), ' ');
  return div;
}

/** An element-like chain that counts how many children were read. */
function countingParent(children: number): { el: Element; reads: () => number } {
  let reads = 0;
  interface Link {
    readonly nextElementSibling: Link | null;
  }
  const nodes: Link[] = Array.from({ length: children }, (_, i) => ({
    get nextElementSibling(): Link | null {
      reads++;
      return nodes[i + 1] ?? null;
    },
  }));
  const el = {
    get firstElementChild(): Link | null {
      reads++;
      return nodes[0] ?? null;
    },
  };
  return { el: el as unknown as Element, reads: () => reads };
}

describe('hasAtMostChildren', () => {
  it('counts element children only, up to the limit', () => {
    expect(hasAtMostChildren(parentWith(0), 0)).toBe(true);
    expect(hasAtMostChildren(parentWith(3), 3)).toBe(true);
    expect(hasAtMostChildren(parentWith(4), 3)).toBe(false);
    expect(hasAtMostChildren(parentWith(1), 0)).toBe(false);
  });

  it('stops reading after one child past the limit, however many there are', () => {
    const big = countingParent(20_000);
    expect(hasAtMostChildren(big.el, 3)).toBe(false);
    expect(big.reads()).toBe(4);
  });
});

describe('isOnlyChild', () => {
  it('is true only for an element alone among its parent’s element children', () => {
    const alone = parentWith(1).querySelector('span')!;
    expect(isOnlyChild(alone)).toBe(true);
    const crowd = parentWith(2);
    expect(isOnlyChild(crowd.firstElementChild!)).toBe(false);
    expect(isOnlyChild(crowd.lastElementChild!)).toBe(false);
    expect(isOnlyChild(document.createElement('img'))).toBe(false);
  });
});
