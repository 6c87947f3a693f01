// Evaluates detection on the labeled corpus (tests/corpus/*.json).
// Prints precision and recall per language and overall at each sensitivity, the share of safe
// images covered, and every misclassified case. Labels: graphic (cover from balanced on),
// borderline (cover at strict only), safe (never cover).
//   npm run eval              all languages
//   npm run eval -- fr de     some languages
//   npm run eval -- --quiet   figures only
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadDetection } from './lib/load-detection.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/corpus');
const LEVELS = ['minimal', 'balanced', 'strict'];
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter((a) => !a.startsWith('--'));

const { classifyImageContext, measureArticleViolence, shouldCover } = await loadDetection();

/** Expected "cover" at a level, or null when the case does not count at that level. */
function expected(label, level) {
  if (label === 'graphic') return level === 'minimal' ? null : true;
  // Borderline pictures are for strict only: covering one at balanced counts against precision.
  if (label === 'borderline') return level === 'strict';
  return false;
}

const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.json')).sort();
const rows = [];
const misses = [];
const blank = () => Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, tn: 0, safe: 0, safeCovered: 0, graphic: 0, graphicCovered: 0 }]));
/** Per language, main and holdout sets together: the targets hold "in each language". */
const byLang = {};
const totals = Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, tn: 0, safe: 0, safeCovered: 0, graphic: 0, graphicCovered: 0 }]));
let caseCount = 0;
const perLabel = { graphic: 0, borderline: 0, safe: 0 };

for (const file of files) {
  const corpus = JSON.parse(await readFile(join(CORPUS, file), 'utf8'));
  if (only.length && !only.includes(corpus.lang) && !only.includes(corpus.set)) continue;
  const pages = {};
  for (const [key, p] of Object.entries(corpus.pages)) {
    const measured = measureArticleViolence(p.text ?? '', p.lang ?? corpus.lang);
    pages[key] = { title: p.title, description: p.description, lang: p.lang ?? corpus.lang, ...measured };
  }
  const stats = blank();
  const langStats = (byLang[corpus.lang] ??= { n: 0, stats: blank() });
  langStats.n += corpus.cases.length;
  for (const c of corpus.cases) {
    caseCount++;
    perLabel[c.label]++;
    const page = pages[c.page];
    if (!page) throw new Error(`${file}: case ${c.id} names unknown page ${c.page}`);
    const image = { placement: 'article-body', ...c.image };
    const verdict = classifyImageContext(image, page);
    for (const level of LEVELS) {
      const cover = shouldCover(verdict, level);
      for (const s of [stats[level], totals[level], langStats.stats[level]]) {
        if (c.label === 'safe') {
          s.safe++;
          if (cover) s.safeCovered++;
        }
        if (c.label === 'graphic') {
          s.graphic++;
          if (cover) s.graphicCovered++;
        }
      }
      const want = expected(c.label, level);
      if (want === null) continue;
      const key = want ? (cover ? 'tp' : 'fn') : cover ? 'fp' : 'tn';
      stats[level][key]++;
      totals[level][key]++;
      langStats.stats[level][key]++;
      if (want !== cover && level !== 'minimal') {
        misses.push({ level, lang: corpus.lang, id: c.id, label: c.label, got: verdict.coverAt ?? 'never', reason: verdict.reason, image: c.image, note: c.note, page: c.page, share: page.violenceShare });
      }
    }
  }
  rows.push([corpus.set ?? corpus.lang, corpus.cases.length, stats]);
}

const pct = (n, d) => (d ? (n / d).toFixed(3) : '  -  ');
function line(name, n, stats) {
  const parts = [name.padEnd(11), String(n).padStart(4)];
  for (const level of LEVELS) {
    const s = stats[level];
    parts.push(`${level[0].toUpperCase()}: P ${pct(s.tp, s.tp + s.fp)} R ${pct(s.tp, s.tp + s.fn)} graphic ${pct(s.graphicCovered, s.graphic)} safe ${pct(s.safeCovered, s.safe)}`);
  }
  return parts.join('  ');
}

console.log(`Forewarn detection on ${caseCount} labeled contexts (graphic ${perLabel.graphic}, borderline ${perLabel.borderline}, safe ${perLabel.safe})`);
console.log('P/R: precision/recall (balanced: graphic vs safe+borderline; strict: graphic+borderline vs safe); "graphic"/"safe": share of those labels covered\n');
for (const [lang, n, stats] of rows) console.log(line(lang, n, stats));
console.log('');
for (const [lang, { n, stats }] of Object.entries(byLang).sort()) console.log(line(`${lang} (all)`, n, stats));
console.log(line('overall', caseCount, totals));

if (!quiet) {
  console.log(`\nMisclassified at balanced and strict (${misses.length}):`);
  for (const m of misses) {
    const text = Object.entries(m.image).filter(([k]) => !['placement'].includes(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    const why = m.reason ? `${m.reason.source}: ${m.reason.terms.join(', ')}` : '-';
    console.log(`- [${m.level}] ${m.id} (${m.lang}) label=${m.label} coverAt=${m.got} why=${why} page=${m.page}(${m.share.toFixed(2)}) placement=${m.image.placement ?? 'article-body'}\n    ${text}${m.note ? `\n    note: ${m.note}` : ''}`);
  }
}

const failing = Object.entries(byLang)
  .filter(([, { stats }]) => {
    const s = stats.balanced;
    return (s.graphic && s.graphicCovered / s.graphic < 0.98) || (s.safe && s.safeCovered / s.safe > 0.02);
  })
  .map(([lang]) => lang);
console.log(`Per language (main + holdout) at balanced: ${failing.length ? `NOT met in ${failing.join(', ')}` : 'met in every language'}`);
const b = totals.balanced;
const recall = b.graphic ? b.graphicCovered / b.graphic : 1;
const safeRate = b.safe ? b.safeCovered / b.safe : 0;
console.log(`\nBalanced targets: recall ${recall.toFixed(3)} (>= 0.98) ${recall >= 0.98 ? 'met' : 'NOT met'}; safe covered ${(safeRate * 100).toFixed(1)}% (<= 2%) ${safeRate <= 0.02 ? 'met' : 'NOT met'}`);
