import { describe, expect, it, vi } from 'vitest';
import { RestoreBudget } from '../../../utils/dom/restore-budget';

function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  let lastDelay = 0;
  return {
    performance: { now: () => now },
    setTimeout: ((fn: () => void, ms: number) => {
      timers.push({ at: now + ms, fn });
      lastDelay = ms;
      return timers.length;
    }) as unknown as Window['setTimeout'],
    /** The delay of the last restore put off. */
    lastDelay: () => lastDelay,
    advance(ms: number) {
      now += ms;
      for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
        if (timer.at <= now) timer.fn();
        else timers.push(timer);
      }
    },
    pending: () => timers.length,
  };
}

describe('RestoreBudget', () => {
  it('restores at once a few times, then backs off instead of looping', () => {
    const clock = fakeClock();
    const budget = new RestoreBudget(clock);
    const action = vi.fn();
    for (let i = 0; i < 50; i++) budget.run(action);
    expect(action).toHaveBeenCalledTimes(8);
    expect(clock.pending()).toBe(1);
    clock.advance(250);
    expect(action).toHaveBeenCalledTimes(9);
  });

  it('doubles the delay while the page keeps stripping, up to a ceiling', () => {
    const clock = fakeClock();
    const budget = new RestoreBudget(clock);
    const action = vi.fn();
    const delays: number[] = [];
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 9; i++) budget.run(action);
      delays.push(clock.lastDelay());
      clock.advance(clock.lastDelay());
    }
    expect(delays.slice(0, 3)).toEqual([250, 500, 1000]);
    expect(Math.max(...delays)).toBeLessThanOrEqual(8000);
  });

  it('forgets old restores after the window, so a calm page gets immediate restores again', () => {
    const clock = fakeClock();
    const budget = new RestoreBudget(clock);
    const action = vi.fn();
    for (let i = 0; i < 9; i++) budget.run(action);
    expect(clock.lastDelay()).toBe(250);
    clock.advance(1500);
    budget.run(action);
    expect(action).toHaveBeenCalledTimes(10);
    // The back-off starts over: a new burst waits the first delay, not a doubled one.
    for (let i = 0; i < 9; i++) budget.run(action);
    expect(clock.pending()).toBe(1);
    expect(clock.lastDelay()).toBe(250);
  });

  it('answers a page that strips on a timer every 300 ms at once, every time', () => {
    const clock = fakeClock();
    const budget = new RestoreBudget(clock);
    const action = vi.fn();
    for (let i = 0; i < 40; i++) {
      budget.run(action);
      clock.advance(300);
    }
    expect(action).toHaveBeenCalledTimes(40);
    expect(clock.pending()).toBe(0);
  });

  it('takes custom limits (the guard throttles cover mounts with its own)', () => {
    const clock = fakeClock();
    const budget = new RestoreBudget(clock, { perWindow: 2, windowMs: 500 });
    const action = vi.fn();
    for (let i = 0; i < 5; i++) budget.run(action);
    expect(action).toHaveBeenCalledTimes(2);
  });
});
