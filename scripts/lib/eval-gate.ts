import type { Sensitivity } from '../../utils/detection/detection-types';
import { rates, type CorpusFigures, type LevelStats, type Stats } from './corpus-figures';

// The eval as a gate (`npm run eval:gate`, in `npm test`): the figures detection must keep.
// The real corpus's test half is the measure of real text (tests/corpus/real/README.md); the
// invented corpus must keep the figures it has (it is the regression set).
// Two sets of limits apply to the real test half: GATE holds issue 12's targets, FLOOR the
// figures detection has on main (tests/corpus/real/RESULTS.md). The gate fails when the invented
// corpus or the floor is not met; targets not yet met are printed as such. When a change moves
// a figure past its floor, raise the floor in the same commit: it only ever tightens, except when
// the corpus grows (the half is then measured anew: `npm run eval -- --floor`).

interface Limit {
  /** Least share of graphic pictures covered. */
  minRecall?: number;
  /** Largest share of safe pictures covered. */
  maxSafeCovered?: number;
}
type Limits = Partial<Record<Sensitivity, Limit>>;

export const GATE: { invented: Limits; realTest: { overall: Limits; eachLanguage: Limits } } = {
  invented: { balanced: { minRecall: 1, maxSafeCovered: 0 } },
  realTest: {
    overall: { minimal: { maxSafeCovered: 0.01 }, balanced: { minRecall: 0.95, maxSafeCovered: 0.03 }, strict: { minRecall: 0.98 } },
    eachLanguage: { balanced: { minRecall: 0.9, maxSafeCovered: 0.05 } },
  },
};

/** The real test half's figures on main, rounded in the direction that does not fail them. */
export const FLOOR: { overall: Limits; eachLanguage: Record<string, Limits> } = {
  overall: {
    minimal: { maxSafeCovered: 0.036 },
    balanced: { minRecall: 0.772, maxSafeCovered: 0.158 },
    strict: { minRecall: 0.893 },
  },
  eachLanguage: {
    ar: { balanced: { minRecall: 0.845, maxSafeCovered: 0.212 } },
    de: { balanced: { minRecall: 0.702, maxSafeCovered: 0.114 } },
    en: { balanced: { minRecall: 0.823, maxSafeCovered: 0.169 } },
    es: { balanced: { minRecall: 0.87, maxSafeCovered: 0.25 } },
    fr: { balanced: { minRecall: 0.693, maxSafeCovered: 0.136 } },
    ru: { balanced: { minRecall: 0.795, maxSafeCovered: 0.128 } },
    tr: { balanced: { minRecall: 0.768, maxSafeCovered: 0.197 } },
    uk: { balanced: { minRecall: 0.611, maxSafeCovered: 0.111 } },
  },
};

export interface GateCheck {
  /** "invented corpus", "real test half", "real test half, fr". */
  scope: string;
  level: Sensitivity;
  measure: 'recall' | 'safe covered';
  value: number;
  limit: number;
  met: boolean;
}

function check(scope: string, stats: Stats, limits: Limits): GateCheck[] {
  const out: GateCheck[] = [];
  for (const [level, limit] of Object.entries(limits) as [Sensitivity, Limit][]) {
    const { recall, safeCovered } = rates(stats[level]);
    // A scope without graphic (or safe) pictures says nothing about them: no check.
    if (limit.minRecall !== undefined && recall !== null) {
      out.push({ scope, level, measure: 'recall', value: recall, limit: limit.minRecall, met: recall >= limit.minRecall });
    }
    if (limit.maxSafeCovered !== undefined && safeCovered !== null) {
      out.push({ scope, level, measure: 'safe covered', value: safeCovered, limit: limit.maxSafeCovered, met: safeCovered <= limit.maxSafeCovered });
    }
  }
  return out;
}

/** Every check of the gate; `realTest` is null while there is no real corpus. */
export function gateChecks(invented: CorpusFigures, realTest: CorpusFigures | null, gate = GATE): GateCheck[] {
  const checks = check('invented corpus', invented.overall, gate.invented);
  if (realTest) {
    checks.push(...check('real test half', realTest.overall, gate.realTest.overall));
    for (const [lang, { stats }] of [...realTest.byLang].sort(([a], [b]) => (a < b ? -1 : 1))) {
      checks.push(...check(`real test half, ${lang}`, stats, gate.realTest.eachLanguage));
    }
  }
  return checks;
}

/** The floor's checks of the real test half: a figure worse than on main fails. */
export function floorChecks(realTest: CorpusFigures, floor = FLOOR): GateCheck[] {
  const checks = check('real test half (floor)', realTest.overall, floor.overall);
  for (const [lang, { stats }] of [...realTest.byLang].sort(([a], [b]) => (a < b ? -1 : 1))) {
    checks.push(...check(`real test half, ${lang} (floor)`, stats, floor.eachLanguage[lang] ?? {}));
  }
  return checks;
}

/**
 * The floor the test half's figures set now, rounded in the direction that does not fail them
 * (recall down, safe covered up, to 0.001): what FLOOR is set to when the corpus grows or a
 * change raises a figure.
 */
export function floorOf(realTest: CorpusFigures): typeof FLOOR {
  const down = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;
  const up = (x: number) => Math.ceil(x * 1000 - 1e-9) / 1000;
  const limitOf = (level: LevelStats, measures: { recall?: true; safe?: true }): Limit => {
    const { recall, safeCovered } = rates(level);
    const limit: Limit = {};
    if (measures.recall && recall !== null) limit.minRecall = down(recall);
    if (measures.safe && safeCovered !== null) limit.maxSafeCovered = up(safeCovered);
    return limit;
  };
  const { minimal, balanced, strict } = realTest.overall;
  const eachLanguage: Record<string, Limits> = {};
  for (const [lang, { stats }] of [...realTest.byLang].sort(([a], [b]) => (a < b ? -1 : 1))) {
    eachLanguage[lang] = { balanced: limitOf(stats.balanced, { recall: true, safe: true }) };
  }
  return {
    overall: {
      minimal: limitOf(minimal, { safe: true }),
      balanced: limitOf(balanced, { recall: true, safe: true }),
      strict: limitOf(strict, { recall: true }),
    },
    eachLanguage,
  };
}

export function describeCheck(c: GateCheck): string {
  const percent = c.measure !== 'recall';
  const shown = (x: number, decimals: number) => (percent ? `${(x * 100).toFixed(decimals)} %` : x.toFixed(decimals));
  // A check that fails by less than the printed precision would read "16.4 % (<= 16.4 %)":
  // more decimals until the value and its limit differ.
  let decimals = percent ? 1 : 3;
  while (!c.met && decimals < 6 && shown(c.value, decimals) === shown(c.limit, decimals)) decimals += 1;
  const limit = `${percent ? '<=' : '>='} ${shown(c.limit, decimals)}`;
  return `${c.met ? 'met    ' : 'NOT MET'}  ${c.scope}, ${c.level}: ${c.measure} ${shown(c.value, decimals)} (${limit})`;
}
