import { describe, expect, it } from 'vitest';
import { blankStats, type CorpusFigures, type Stats } from '../../../scripts/lib/corpus-figures';
import { describeCheck, floorChecks, floorOf, GATE, gateChecks } from '../../../scripts/lib/eval-gate';

// The gate's thresholds, on figures made up here: where each check passes and where it fails.

/** Stats where `graphic` of every 1000 graphic pictures and `safe` of every 1000 safe ones are covered. */
function stats(level: Partial<Record<'minimal' | 'balanced' | 'strict', { graphic?: number; safe?: number }>>): Stats {
  const s = blankStats();
  for (const [name, { graphic, safe }] of Object.entries(level)) {
    const l = s[name as keyof Stats];
    if (graphic !== undefined) Object.assign(l, { graphic: 1000, graphicCovered: graphic });
    if (safe !== undefined) Object.assign(l, { safe: 1000, safeCovered: safe });
  }
  return s;
}
function figures(overall: Stats, byLang: Record<string, Stats> = {}): CorpusFigures {
  return {
    count: 1,
    perLabel: { graphic: 0, borderline: 0, safe: 0 },
    overall,
    bySet: new Map(),
    byLang: new Map(Object.entries(byLang).map(([lang, s]) => [lang, { n: 1, stats: s }])),
    misses: [],
  };
}
const perfect = stats({ minimal: { safe: 0 }, balanced: { graphic: 1000, safe: 0 }, strict: { graphic: 1000, safe: 0 } });
const failedOf = (checks: ReturnType<typeof gateChecks>) => checks.filter((c) => !c.met).map((c) => `${c.scope}, ${c.level}: ${c.measure}`);

describe('the eval gate', () => {
  it('holds the thresholds of issue 12', () => {
    expect(GATE).toEqual({
      invented: { balanced: { minRecall: 1, maxSafeCovered: 0 } },
      realTest: {
        overall: { minimal: { maxSafeCovered: 0.01 }, balanced: { minRecall: 0.95, maxSafeCovered: 0.03 }, strict: { minRecall: 0.98 } },
        eachLanguage: { balanced: { minRecall: 0.9, maxSafeCovered: 0.05 } },
      },
    });
  });

  it('checks only the invented corpus while there is no real corpus', () => {
    const checks = gateChecks(figures(perfect), null);
    expect(checks.map((c) => c.scope)).toEqual(['invented corpus', 'invented corpus']);
    expect(failedOf(checks)).toEqual([]);
  });

  it('fails when the invented corpus loses a graphic picture or covers a safe one', () => {
    expect(failedOf(gateChecks(figures(stats({ balanced: { graphic: 999, safe: 0 } })), null))).toEqual(['invented corpus, balanced: recall']);
    expect(failedOf(gateChecks(figures(stats({ balanced: { graphic: 1000, safe: 1 } })), null))).toEqual(['invented corpus, balanced: safe covered']);
  });

  it('holds the real test half to its overall thresholds, limits included', () => {
    const atLimits = stats({ minimal: { safe: 10 }, balanced: { graphic: 950, safe: 30 }, strict: { graphic: 980, safe: 400 } });
    expect(failedOf(gateChecks(figures(perfect), figures(atLimits)))).toEqual([]);
    const past = stats({ minimal: { safe: 11 }, balanced: { graphic: 949, safe: 31 }, strict: { graphic: 979 } });
    expect(failedOf(gateChecks(figures(perfect), figures(past)))).toEqual([
      'real test half, minimal: safe covered',
      'real test half, balanced: recall',
      'real test half, balanced: safe covered',
      'real test half, strict: recall',
    ]);
  });

  it('holds every language of the test half to recall 0.90 and 5 % safe covered at balanced', () => {
    const overall = stats({ balanced: { graphic: 960, safe: 20 } });
    const byLang = {
      en: stats({ balanced: { graphic: 900, safe: 50 } }),
      tr: stats({ balanced: { graphic: 899, safe: 0 } }),
      fr: stats({ balanced: { graphic: 1000, safe: 51 } }),
      // No graphic picture: nothing to say about its recall.
      uk: stats({ balanced: { safe: 0 } }),
    };
    const checks = gateChecks(figures(perfect), figures(overall, byLang));
    expect(failedOf(checks)).toEqual(['real test half, fr, balanced: safe covered', 'real test half, tr, balanced: recall']);
    expect(checks.filter((c) => c.scope.endsWith(', uk')).map((c) => c.measure)).toEqual(['safe covered']);
  });

  it('says what it checked, the figure and the limit', () => {
    const [recall, safe] = gateChecks(figures(stats({ balanced: { graphic: 999, safe: 0 } })), null);
    expect(describeCheck(recall!)).toBe('NOT MET  invented corpus, balanced: recall 0.999 (>= 1.000)');
    expect(describeCheck(safe!)).toBe('met      invented corpus, balanced: safe covered 0.0 % (<= 0.0 %)');
  });

  it('prints a check that fails by less than its precision with the decimals that show it failed', () => {
    const near = { scope: 'real test half', level: 'balanced' as const, met: false };
    expect(describeCheck({ ...near, measure: 'safe covered', value: 0.16432, limit: 0.164 })).toBe(
      'NOT MET  real test half, balanced: safe covered 16.43 % (<= 16.40 %)',
    );
    expect(describeCheck({ ...near, measure: 'recall', value: 0.8569, limit: 0.857 })).toBe(
      'NOT MET  real test half, balanced: recall 0.8569 (>= 0.8570)',
    );
    // A check that is met keeps the usual precision.
    expect(describeCheck({ ...near, measure: 'recall', value: 0.8572, limit: 0.857, met: true })).toBe(
      'met      real test half, balanced: recall 0.857 (>= 0.857)',
    );
  });

  it('holds the real test half to its floor: no figure worse than on main, each language by its own', () => {
    const floor = {
      overall: { balanced: { minRecall: 0.7, maxSafeCovered: 0.2 } },
      eachLanguage: { fr: { balanced: { minRecall: 0.5, maxSafeCovered: 0.1 } } },
    };
    const atFloor = figures(stats({ balanced: { graphic: 700, safe: 200 } }), {
      fr: stats({ balanced: { graphic: 500, safe: 100 } }),
      // A language the floor does not name is not checked by it.
      tr: stats({ balanced: { graphic: 0, safe: 1000 } }),
    });
    expect(failedOf(floorChecks(atFloor, floor))).toEqual([]);
    const worse = figures(stats({ balanced: { graphic: 699, safe: 201 } }), { fr: stats({ balanced: { graphic: 499, safe: 100 } }) });
    expect(failedOf(floorChecks(worse, floor))).toEqual([
      'real test half (floor), balanced: recall',
      'real test half (floor), balanced: safe covered',
      'real test half, fr (floor), balanced: recall',
    ]);
  });

  it('gives a floor rounded so that the figures it came from meet it, and one worse case does not', () => {
    // 7,136 of 10,000 graphic covered (0.7136), 1,804 of 10,000 safe covered (0.1804).
    const measured = blankStats();
    Object.assign(measured.balanced, { graphic: 10_000, graphicCovered: 7_136, safe: 10_000, safeCovered: 1_804 });
    const floor = floorOf(figures(measured, { fr: measured }));
    expect(floor.overall.balanced).toEqual({ minRecall: 0.713, maxSafeCovered: 0.181 });
    expect(floor.eachLanguage.fr).toEqual({ balanced: { minRecall: 0.713, maxSafeCovered: 0.181 } });
    expect(floorChecks(figures(measured, { fr: measured }), floor).every((c) => c.met)).toBe(true);
    const worse = blankStats();
    Object.assign(worse.balanced, { graphic: 10_000, graphicCovered: 7_120, safe: 10_000, safeCovered: 1_804 });
    expect(failedOf(floorChecks(figures(worse, { fr: measured }), floor))).toEqual(['real test half (floor), balanced: recall']);
  });
});
