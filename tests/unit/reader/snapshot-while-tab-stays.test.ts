import { describe, expect, it } from 'vitest';
import {
  DEPARTURE_GRACE_MS,
  SNAPSHOT_CEILING_MS,
  SnapshotAbandoned,
  snapshotWhileTabStays,
  type TabWatch,
} from '../../../utils/reader/snapshot-while-tab-stays';

/** A watch driven by hand: the tab departs when told, and time passes only when told. */
function manualWatch() {
  let depart = () => {};
  const timers: { ms: number; fire: () => void }[] = [];
  let stopped = false;
  const watch: TabWatch = {
    departed: new Promise<void>((resolve) => (depart = resolve)),
    wait: (ms) => new Promise<void>((resolve) => void timers.push({ ms, fire: resolve })),
    stop: () => void (stopped = true),
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    watch,
    depart: async () => {
      depart();
      await settle();
    },
    /** Fires every timer of exactly `ms` set so far. */
    pass: async (ms: number) => {
      for (const timer of timers.filter((t) => t.ms === ms)) timer.fire();
      await settle();
    },
    stopped: () => stopped,
  };
}

/** An injection that answers (or fails) only when told. */
function pendingInjection<T>() {
  let answer: (value: T) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { inject: () => promise, answer: (value: T) => answer(value), fail: (error: unknown) => fail(error) };
}

/** What the request came to: its answer, or the reason it was abandoned, or still waiting. */
function track<T>(request: Promise<T>) {
  const state: { value?: T; error?: unknown; done: boolean } = { done: false };
  request.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
}

describe('snapshotWhileTabStays', () => {
  it('answers with the page\u2019s snapshot and stops watching the tab', async () => {
    const clock = manualWatch();
    const snapshot = await snapshotWhileTabStays(async () => 'the snapshot', clock.watch);
    expect(snapshot).toBe('the snapshot');
    expect(clock.stopped()).toBe(true);
  });

  it('gives up when the tab loads another page and the injection never ends (Firefox)', async () => {
    const clock = manualWatch();
    const injection = pendingInjection<string>();
    const request = track(snapshotWhileTabStays(injection.inject, clock.watch));
    await clock.depart();
    expect(request.done).toBe(false); // the old document may still answer for a moment
    await clock.pass(DEPARTURE_GRACE_MS);
    expect(request.error).toBeInstanceOf(SnapshotAbandoned);
    expect((request.error as SnapshotAbandoned).reason).toBe('navigated');
    expect(clock.stopped()).toBe(true);
  });

  it('still takes an answer that comes within the grace after the address changed', async () => {
    const clock = manualWatch();
    const injection = pendingInjection<string>();
    const request = track(snapshotWhileTabStays(injection.inject, clock.watch));
    await clock.depart();
    injection.answer('the single-page site\u2019s snapshot');
    await clock.pass(DEPARTURE_GRACE_MS);
    expect(request.value).toBe('the single-page site\u2019s snapshot');
  });

  it('says the page moved on when the injection fails after the tab started loading', async () => {
    const clock = manualWatch();
    const injection = pendingInjection<string>();
    const request = track(snapshotWhileTabStays(injection.inject, clock.watch));
    await clock.depart();
    injection.fail(new Error('Frame with ID 0 was removed.'));
    await clock.pass(0);
    expect((request.error as SnapshotAbandoned).reason).toBe('navigated');
  });

  it('passes on a failure of its own while the tab stays', async () => {
    const clock = manualWatch();
    const failure = new Error('no Forewarn content script in the page');
    await expect(snapshotWhileTabStays(() => Promise.reject(failure), clock.watch)).rejects.toBe(failure);
  });

  it(`stops waiting after ${SNAPSHOT_CEILING_MS / 1000} s for a page that never answers`, async () => {
    const clock = manualWatch();
    const injection = pendingInjection<string>();
    const request = track(snapshotWhileTabStays(injection.inject, clock.watch));
    await clock.pass(DEPARTURE_GRACE_MS);
    expect(request.done).toBe(false);
    await clock.pass(SNAPSHOT_CEILING_MS);
    expect((request.error as SnapshotAbandoned).reason).toBe('slow');
    expect(clock.stopped()).toBe(true);
  });
});
