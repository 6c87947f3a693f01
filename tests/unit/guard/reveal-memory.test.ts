import { describe, expect, it } from 'vitest';
import { RevealMemory } from '../../../utils/guard/reveal-memory';

// Elements here are plain objects with isConnected: the memory reads nothing else of them.
// Times are plain numbers: when the reader revealed, when the guard found an element.
const element = (connected = true) => ({ isConnected: connected });

describe('RevealMemory', () => {
  it('holds what the reader revealed, and nothing else', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, 'src-a', 10);
    expect(memory.holds(a, 'src-a', 0)).toBe(true);
    expect(memory.holds(element(), 'src-b', 20)).toBe(false);
  });

  it('hands the reveal to an element of the same source that appeared after it, once the old one left', () => {
    const memory = new RevealMemory();
    const old = element();
    memory.add(old, 'src-a', 10);
    const fresh = element();
    // Both on the page: not yet (a replacement put in before the old one leaves waits for it).
    expect(memory.holds(fresh, 'src-a', 20)).toBe(false);
    expect(memory.orphaned('src-a')).toBe(false);
    old.isConnected = false;
    expect(memory.orphaned('src-a')).toBe(true);
    expect(memory.holds(fresh, 'src-a', 20)).toBe(true);
    // Taken over: a third element does not get it too.
    expect(memory.holds(element(), 'src-a', 30)).toBe(false);
    expect(memory.holds(fresh, 'src-a', 20)).toBe(true);
  });

  it('never hands it to a copy that was on the page before the reveal: that is another picture', () => {
    const memory = new RevealMemory();
    const first = element();
    const copy = element();
    memory.add(first, 'src-a', 10);
    first.isConnected = false;
    expect(memory.holds(copy, 'src-a', 5)).toBe(false);
  });

  it('ends with "Hide image" (remove) and with a new source', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, 'src-a', 10);
    memory.remove(a, 'src-a');
    expect(memory.holds(a, 'src-a', 0)).toBe(false);
    a.isConnected = false;
    expect(memory.holds(element(), 'src-a', 20)).toBe(false);
  });

  it('keeps a picture without a source by the element alone', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, '', 10);
    expect(memory.holds(a, '', 0)).toBe(true);
    expect(memory.holds(element(), '', 20)).toBe(false);
    memory.remove(a, '');
    expect(memory.holds(a, '', 0)).toBe(false);
  });

  it('forgets everything on clear (the site switched off)', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, 'src-a', 10);
    memory.add(element(), '', 10);
    memory.clear();
    expect(memory.holds(a, 'src-a', 0)).toBe(false);
  });
});
