/**
 * Limits how often Forewarn puts back what a page strips from one element. A few restores are
 * done at once; beyond that they are spaced out with a growing delay, so a page that strips in a
 * loop never drags the extension into a loop of its own. Hidden stays hidden meanwhile: the
 * document_start stylesheet holds any picture that lost its mark.
 */
const IMMEDIATE_PER_WINDOW = 5;
const WINDOW_MS = 2_000;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

export class RestoreBudget {
  private recent: number[] = [];
  private delay = 0;
  private timer: number | undefined;

  constructor(
    private readonly clock: { setTimeout(fn: () => void, ms: number): number; performance: { now(): number } },
  ) {}

  run(action: () => void): void {
    const now = this.clock.performance.now();
    this.recent = this.recent.filter((t) => now - t < WINDOW_MS);
    if (this.recent.length < IMMEDIATE_PER_WINDOW) {
      this.recent.push(now);
      this.delay = 0;
      action();
      return;
    }
    if (this.timer !== undefined) return;
    this.delay = Math.min(Math.max(this.delay * 2, FIRST_DELAY_MS), MAX_DELAY_MS);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.recent.push(this.clock.performance.now());
      action();
    }, this.delay);
  }

  /** Restores deferred so far; for tests and benchmarks. */
  get backoffMs(): number {
    return this.delay;
  }
}
