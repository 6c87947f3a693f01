/**
 * Limits how often Forewarn puts back what a page strips from one element. A few restores are
 * done at once; beyond that they are spaced out with a growing delay, so a page that strips in a
 * loop never drags the extension into a loop of its own. Hidden stays hidden meanwhile: the
 * document_start stylesheet holds any picture that lost its mark.
 *
 * The default allows a restore every 125 ms on average without delay: a page that strips on a
 * timer every few hundred milliseconds is answered at once each time, while a page that strips
 * in reaction to each restore (its own MutationObserver) is slowed down after a handful of rounds.
 */
export interface BudgetLimits {
  /** Actions run at once within one window. */
  perWindow: number;
  windowMs: number;
}

type Clock = Pick<Window, 'setTimeout'> & { performance: { now(): number } };

const DEFAULT_LIMITS: BudgetLimits = { perWindow: 8, windowMs: 1_000 };
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

export class RestoreBudget {
  #recent: number[] = [];
  #delay = 0;
  #timer: ReturnType<Window['setTimeout']> | undefined;
  readonly #clock: Clock;
  readonly #limits: BudgetLimits;

  constructor(clock: Clock, limits: BudgetLimits = DEFAULT_LIMITS) {
    this.#clock = clock;
    this.#limits = limits;
  }

  /** Runs `action` now, or once later (calls while one is waiting are merged into it). */
  run(action: () => void): void {
    const now = this.#clock.performance.now();
    this.#recent = this.#recent.filter((t) => now - t < this.#limits.windowMs);
    if (this.#recent.length < this.#limits.perWindow) {
      this.#recent.push(now);
      this.#delay = 0;
      action();
      return;
    }
    if (this.#timer !== undefined) return;
    this.#delay = Math.min(Math.max(this.#delay * 2, FIRST_DELAY_MS), MAX_DELAY_MS);
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      this.#recent.push(this.#clock.performance.now());
      action();
    }, this.#delay);
  }
}
