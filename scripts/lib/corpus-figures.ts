import type { ImageTextContext, PageTextContext, Sensitivity, Verdict, VerdictReason } from '../../utils/detection/detection-types';
import { MIN_NEARBY_PARAGRAPH } from '../../utils/detection/context-caps';

// Detection's figures on a set of labeled image contexts, at each sensitivity: what the eval
// prints and the gate checks. The detection functions are passed in (scripts/eval.mjs bundles
// the shipped code; unit tests may pass their own), so this file only counts.

export type CorpusLabel = 'graphic' | 'borderline' | 'safe';
export const LEVELS: readonly Sensitivity[] = ['minimal', 'balanced', 'strict'];

export interface CorpusPage {
  key: string;
  url?: string;
  /** Real corpus only: the url its half is drawn from (its own, or that of the page it copies). */
  splitUrl?: string;
  title?: string;
  description?: string;
  text?: string;
  lang: string;
}

export interface CorpusCase {
  id: string;
  lang: string;
  /** The row it is counted under besides its language (an invented corpus file's set). */
  set: string;
  label: CorpusLabel;
  image: Omit<ImageTextContext, 'placement'> & { placement?: ImageTextContext['placement'] };
  page: CorpusPage;
  /** Real corpus only: the half its page falls in (corpus-split.mjs). */
  half?: 'dev' | 'test';
  note?: string;
}

export interface Detection {
  classifyImageContext(image: ImageTextContext, page: PageTextContext): Verdict;
  measureArticleViolence(text: string, lang?: string): Pick<PageTextContext, 'violenceShare' | 'categories' | 'terms'>;
  shouldCover(verdict: Verdict, level: Sensitivity): boolean;
}

/**
 * One level's counts. tp/fp/fn/tn: at balanced, graphic against safe and borderline (covering a
 * borderline picture counts against precision); at strict, graphic and borderline against safe;
 * not kept at minimal, where a graphic picture need not be covered. graphic/safe: how many of
 * each label, and how many of them were covered, at every level.
 */
export interface LevelStats {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  graphic: number;
  graphicCovered: number;
  safe: number;
  safeCovered: number;
}
export type Stats = Record<Sensitivity, LevelStats>;

export interface Miss {
  level: Sensitivity;
  id: string;
  lang: string;
  label: CorpusLabel;
  /** The lowest level that covers it, or 'never'. */
  got: Sensitivity | 'never';
  reason: VerdictReason | null;
  image: CorpusCase['image'];
  note?: string;
  page: string;
  violenceShare: number;
}

export interface CorpusFigures {
  count: number;
  perLabel: Record<CorpusLabel, number>;
  overall: Stats;
  /** In the order first met. */
  bySet: Map<string, { n: number; stats: Stats }>;
  byLang: Map<string, { n: number; stats: Stats }>;
  /** Wrong at balanced or strict (a safe picture covered at minimal is covered there too). */
  misses: Miss[];
}

export function blankStats(): Stats {
  const level = (): LevelStats => ({ tp: 0, fp: 0, fn: 0, tn: 0, graphic: 0, graphicCovered: 0, safe: 0, safeCovered: 0 });
  return { minimal: level(), balanced: level(), strict: level() };
}

/** Whether a picture should be covered at a level, or null where it does not count. */
export function expectedCover(label: CorpusLabel, level: Sensitivity): boolean | null {
  if (label === 'graphic') return level === 'minimal' ? null : true;
  if (label === 'borderline') return level === 'strict';
  return false;
}

/** Share of graphic pictures covered, and of safe pictures covered; null where there are none. */
export function rates(s: LevelStats): { recall: number | null; safeCovered: number | null } {
  return { recall: s.graphic ? s.graphicCovered / s.graphic : null, safeCovered: s.safe ? s.safeCovered / s.safe : null };
}

/**
 * A case's picture as the page reader gathers it: the text before or after it only where that is
 * a paragraph the reader would take (a shorter line, a label or a dateline, it reads past, to a
 * paragraph the corpus does not hold). Placed in the article's body unless the case says where.
 */
export function asGathered(image: CorpusCase['image']): ImageTextContext {
  const gathered: ImageTextContext = { placement: 'article-body', ...image };
  if (gathered.before !== undefined && gathered.before.length < MIN_NEARBY_PARAGRAPH) delete gathered.before;
  if (gathered.after !== undefined && gathered.after.length < MIN_NEARBY_PARAGRAPH) delete gathered.after;
  return gathered;
}

export function measureCorpus(cases: readonly CorpusCase[], detection: Detection): CorpusFigures {
  const figures: CorpusFigures = {
    count: 0,
    perLabel: { graphic: 0, borderline: 0, safe: 0 },
    overall: blankStats(),
    bySet: new Map(),
    byLang: new Map(),
    misses: [],
  };
  const pages = new Map<CorpusPage, PageTextContext>();
  const row = (map: CorpusFigures['bySet'], key: string) => {
    let r = map.get(key);
    if (!r) map.set(key, (r = { n: 0, stats: blankStats() }));
    r.n++;
    return r.stats;
  };
  for (const c of cases) {
    figures.count++;
    figures.perLabel[c.label]++;
    let page = pages.get(c.page);
    if (!page) {
      const { title, description, lang, text } = c.page;
      page = { title, description, lang, ...detection.measureArticleViolence(text ?? '', lang) };
      pages.set(c.page, page);
    }
    const verdict = detection.classifyImageContext(asGathered(c.image), page);
    const rows = [figures.overall, row(figures.bySet, c.set), row(figures.byLang, c.lang)];
    for (const level of LEVELS) {
      const cover = detection.shouldCover(verdict, level);
      const want = expectedCover(c.label, level);
      for (const stats of rows) {
        const s = stats[level];
        if (c.label === 'safe') {
          s.safe++;
          if (cover) s.safeCovered++;
        }
        if (c.label === 'graphic') {
          s.graphic++;
          if (cover) s.graphicCovered++;
        }
        if (want !== null) s[want ? (cover ? 'tp' : 'fn') : cover ? 'fp' : 'tn']++;
      }
      if (want !== null && want !== cover && level !== 'minimal') {
        figures.misses.push({
          level,
          id: c.id,
          lang: c.lang,
          label: c.label,
          got: verdict.coverAt ?? 'never',
          reason: verdict.reason,
          image: c.image,
          note: c.note,
          page: c.page.key,
          violenceShare: page.violenceShare,
        });
      }
    }
  }
  return figures;
}

/**
 * The misses at balanced counted by what the verdict rested on, for a half whose cases are not
 * read one by one: graphic pictures left uncovered by the level they were covered from and the
 * source of that reading ("strict, article"; "never" when nothing covered them), and safe
 * pictures covered by the source that covered them. Counts say where a half's errors come from
 * (the picture's own words, the line beside it, the page) without naming a case; the number of
 * pages they come from says whether a count is one page's many pictures or a pattern.
 */
export interface MissCount {
  cases: number;
  pages: Set<string>;
}

export function balancedMissesBySource(misses: readonly Miss[]): { graphicMissed: Map<string, MissCount>; safeCovered: Map<string, MissCount> } {
  const graphicMissed = new Map<string, MissCount>();
  const safeCovered = new Map<string, MissCount>();
  const add = (counts: Map<string, MissCount>, key: string, page: string) => {
    const count = counts.get(key) ?? { cases: 0, pages: new Set<string>() };
    count.cases++;
    count.pages.add(page);
    counts.set(key, count);
  };
  for (const m of misses) {
    if (m.level !== 'balanced') continue;
    const source = m.reason?.source ?? 'nothing';
    if (m.label === 'graphic') add(graphicMissed, m.got === 'never' ? 'never' : `${m.got}, ${source}`, m.page);
    else if (m.label === 'safe') add(safeCovered, source, m.page);
  }
  return { graphicMissed, safeCovered };
}
