// The one format every bench uses to hand a figure to scripts/bench.mjs: a line `FIGURE {json}`
// on stdout. Benches print figures, they assert nothing; the runner prints them side by side
// with their budget, so a reader sees the median, how much it moved, and what it is held to.

export const FIGURE_PREFIX = 'FIGURE ';

/** The value at fraction q (0..1) of sorted numbers, interpolating between neighbours. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Median and spread of samples: p25–p75 from 8 samples on, min–max below (quartiles of a few
 * samples say little). */
export function summarize(samples) {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const quartiles = sorted.length >= 8;
  return {
    median: quantile(sorted, 0.5),
    lo: quartiles ? quantile(sorted, 0.25) : sorted[0],
    hi: quartiles ? quantile(sorted, 0.75) : sorted[sorted.length - 1],
    spread: quartiles ? 'p25–p75' : 'min–max',
    n: sorted.length,
  };
}

/**
 * Prints one figure for the runner. Pass raw `samples`, or an already computed
 * `{ median, lo, hi, spread, n }`. `budget.max` (same unit) lets the summary say met/missed;
 * `budget.text` says what the budget is in words.
 */
export function reportFigure({ name, unit, samples, budget, note, ...given }) {
  const stats = samples ? summarize(samples) : given;
  const figure = { name, unit, ...stats, ...(budget ? { budget } : {}), ...(note ? { note } : {}) };
  console.log(FIGURE_PREFIX + JSON.stringify(figure));
  return figure;
}

/** Formats a number for people: few significant digits, no exponent. */
export function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}
