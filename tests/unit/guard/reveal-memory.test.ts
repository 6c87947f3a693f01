import { describe, expect, it } from 'vitest';
import { RevealMemory } from '../../../utils/guard/reveal-memory';

// Elements here are plain objects with isConnected: the memory reads nothing else of them.
const element = (connected = true) => ({ isConnected: connected });

describe('RevealMemory', () => {
  it('holds what the reader revealed, and nothing else', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, 'src-a');
    expect(memory.holds(a, 'src-a')).toBe(true);
    expect(memory.holds(element(), 'src-b')).toBe(false);
  });

  it('hands the reveal to a fresh element of the same source once the old one left the page', () => {
    const memory = new RevealMemory();
    const old = element();
    memory.add(old, 'src-a');
    const fresh = element();
    // Both on the page: two copies are two pictures, one click opened one.
    expect(memory.holds(fresh, 'src-a')).toBe(false);
    expect(memory.orphaned('src-a')).toBe(false);
    old.isConnected = false;
    expect(memory.orphaned('src-a')).toBe(true);
    expect(memory.holds(fresh, 'src-a')).toBe(true);
    // Taken over: a third element does not get it too.
    expect(memory.holds(element(), 'src-a')).toBe(false);
    expect(memory.holds(fresh, 'src-a')).toBe(true);
  });

  it('ends with "Hide image" (remove) and with a new source', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, 'src-a');
    memory.remove(a, 'src-a');
    expect(memory.holds(a, 'src-a')).toBe(false);
    a.isConnected = false;
    expect(memory.holds(element(), 'src-a')).toBe(false);
  });

  it('keeps a picture without a source by the element alone', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, '');
    expect(memory.holds(a, '')).toBe(true);
    expect(memory.holds(element(), '')).toBe(false);
    memory.remove(a, '');
    expect(memory.holds(a, '')).toBe(false);
  });

  it('forgets everything on clear (the site switched off)', () => {
    const memory = new RevealMemory();
    const a = element();
    memory.add(a, 'src-a');
    memory.add(element(), '');
    memory.clear();
    expect(memory.holds(a, 'src-a')).toBe(false);
  });
});
