import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, extensionAlive } from '../../../entrypoints/content/lifetime';

// The content script's lifetime (entrypoints/content/lifetime.ts, bundled in place of WXT's):
// valid while the extension is there, ended once, its listeners run once each.

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** Makes browser.runtime.id read as it does once the extension is gone from under the page. */
function extensionGone(how: 'no id' | 'throws'): void {
  if (how === 'no id') vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
  else
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
}

describe('the content script lifetime', () => {
  it('is valid while the extension is there', () => {
    const ctx = new ContentScriptContext();
    expect(extensionAlive()).toBe(true);
    expect(ctx.isInvalid).toBe(false);
  });

  it.each(['no id', 'throws'] as const)('ends when the extension is gone (runtime.id: %s), and says so to its listeners once', (how) => {
    const ctx = new ContentScriptContext();
    const onEnd = vi.fn();
    ctx.onInvalidated(onEnd);
    extensionGone(how);
    expect(extensionAlive()).toBe(false);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('ends when told to (a newer instance took over), running every listener once, even after one throws', () => {
    const ctx = new ContentScriptContext();
    const first = vi.fn(() => {
      throw new Error('listener of a dead context');
    });
    const second = vi.fn();
    ctx.onInvalidated(first);
    ctx.onInvalidated(second);
    ctx.notifyInvalidated();
    ctx.notifyInvalidated();
    expect(ctx.isInvalid).toBe(true);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });
});
