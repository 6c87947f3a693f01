// Evaluates detection on the labeled corpora and prints, for each apart: the invented corpus
// (tests/corpus/*.json, written for the project: the regression set), and the real-text corpus
// (tests/corpus/real/, copied from published pages) split by page into its development half and
// its test half (scripts/lib/corpus-split.mjs). For each: precision and recall at each
// sensitivity, the share of graphic and of safe pictures covered, per set, per language and
// overall, and every misclassified case, except the test half's: rules are changed by reading
// development misses only, so the test half keeps measuring honestly.
// Labels: graphic (cover from balanced on), borderline (cover at strict only), safe (never cover).
//   npm run eval                  everything
//   npm run eval -- fr de         some languages (or invented sets: en-idioms)
//   npm run eval -- --quiet       figures only
//   npm run eval -- --show-test   also the test half's misses (never while changing a rule)
//   npm run eval:gate             the same, then fails when the invented corpus or the real test
//                                 half's floor (scripts/lib/eval-gate.ts) is not met (--gate)
//   npm run eval -- --floor       also prints the FLOOR literal for the figures measured now
//   --real-dir=<dir>              read the real corpus from another folder (unit tests)
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';
import { loadDetection } from './lib/load-detection.mjs';

register();
const { LEVELS, balancedMissesBySource, measureCorpus } = await import('./lib/corpus-figures.ts');
const { readRealCorpus } = await import('./lib/real-corpus.ts');
const { describeCheck, floorChecks, floorOf, gateChecks } = await import('./lib/eval-gate.ts');

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/corpus');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const showTest = args.includes('--show-test');
const gate = args.includes('--gate');
// Prints the FLOOR literal of scripts/lib/eval-gate.ts for the figures measured now.
const printFloor = args.includes('--floor');
const realDir = args.find((a) => a.startsWith('--real-dir='))?.slice('--real-dir='.length) ?? join(CORPUS, 'real');
const only = args.filter((a) => !a.startsWith('--'));
if (gate && only.length) {
  console.error('The gate reads every language: run `npm run eval:gate` without a selection.');
  process.exit(2);
}
const wanted = (lang, set) => !only.length || only.includes(lang) || only.includes(set);

const detection = await loadDetection();

// The invented corpus: one JSON file per set, its pages inline.
const invented = [];
for (const file of (await readdir(CORPUS)).filter((f) => f.endsWith('.json')).sort()) {
  const corpus = JSON.parse(await readFile(join(CORPUS, file), 'utf8'));
  const set = corpus.set ?? corpus.lang;
  if (!wanted(corpus.lang, set)) continue;
  const pages = Object.fromEntries(Object.entries(corpus.pages).map(([key, p]) => [key, { key, ...p, lang: p.lang ?? corpus.lang }]));
  for (const c of corpus.cases) {
    if (!pages[c.page]) throw new Error(`${file}: case ${c.id} names unknown page ${c.page}`);
    invented.push({ id: c.id, lang: corpus.lang, set, label: c.label, image: c.image, page: pages[c.page], note: c.note });
  }
}
const real = readRealCorpus(realDir);
const realCases = (real?.cases ?? []).filter((c) => wanted(c.lang, c.lang));

const pct = (n, d) => (d ? (n / d).toFixed(3) : '  -  ');
function line(name, n, stats) {
  const parts = [name.padEnd(11), String(n).padStart(4)];
  for (const level of LEVELS) {
    const s = stats[level];
    parts.push(`${level[0].toUpperCase()}: P ${pct(s.tp, s.tp + s.fp)} R ${pct(s.tp, s.tp + s.fn)} graphic ${pct(s.graphicCovered, s.graphic)} safe ${pct(s.safeCovered, s.safe)}`);
  }
  return parts.join('  ');
}
function printMisses(misses) {
  for (const m of misses) {
    const text = Object.entries(m.image).filter(([k]) => !['placement'].includes(k)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    const why = m.reason ? `${m.reason.source}: ${m.reason.terms.join(', ')}` : '-';
    console.log(`- [${m.level}] ${m.id} (${m.lang}) label=${m.label} coverAt=${m.got} why=${why} page=${m.page}(${m.violenceShare.toFixed(2)}) placement=${m.image.placement ?? 'article-body'}\n    ${text}${m.note ? `\n    note: ${m.note}` : ''}`);
  }
}
/** Figures of one corpus (or half): per set when it has sets, per language, overall; then its misses. */
function report(title, figures, { sets, misses }) {
  const { count, perLabel } = figures;
  console.log(`\n== ${title}: ${count} labeled contexts (graphic ${perLabel.graphic}, borderline ${perLabel.borderline}, safe ${perLabel.safe})`);
  if (!count) return;
  if (sets) {
    for (const [set, { n, stats }] of figures.bySet) console.log(line(set, n, stats));
    console.log('');
  }
  for (const [lang, { n, stats }] of [...figures.byLang].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(line(sets ? `${lang} (all)` : lang, n, stats));
  console.log(line('overall', count, figures.overall));
  if (misses === 'hidden') {
    console.log(`\nMisclassified at balanced and strict: ${figures.misses.length} (not printed: rules are not tuned on the test half; --show-test prints them)`);
    // Where the errors come from, in counts only: which reading a rule would have to change.
    const { graphicMissed, safeCovered } = balancedMissesBySource(figures.misses);
    const counted = (counts) =>
      [...counts].sort((a, b) => b[1].cases - a[1].cases).map(([k, n]) => `${k} ${n.cases} (${n.pages.size} ${n.pages.size === 1 ? "page" : "pages"})`).join('; ') || 'none';
    console.log(`At balanced, graphic not covered, by the level and source that covered them: ${counted(graphicMissed)}`);
    console.log(`At balanced, safe covered, by the source that covered them: ${counted(safeCovered)}`);
  } else if (!quiet) {
    console.log(`\nMisclassified at balanced and strict (${figures.misses.length}):`);
    printMisses(figures.misses);
  }
}

console.log('Forewarn detection on the labeled corpora');
console.log('P/R: precision/recall (balanced: graphic vs safe+borderline; strict: graphic+borderline vs safe); "graphic"/"safe": share of those labels covered');
const inventedFigures = measureCorpus(invented, detection);
report('Invented corpus (tests/corpus/*.json)', inventedFigures, { sets: true });

let testFigures = null;
if (!real) {
  console.log(`\n== Real corpus: no real corpus (no <lang>.jsonl in ${realDir})`);
} else {
  const pages = `${real.pages.dev} + ${real.pages.test} pages`;
  console.log(`\n== Real corpus (${real.languages.join(', ')}; ${pages}), split by page url hash`);
  report('Real corpus, development half', measureCorpus(realCases.filter((c) => c.half === 'dev'), detection), {});
  testFigures = measureCorpus(realCases.filter((c) => c.half === 'test'), detection);
  report('Real corpus, test half', testFigures, { misses: showTest ? 'shown' : 'hidden' });
}

// A selection of languages measures a part of each corpus: only its languages' own checks are
// read (the overall figures and the invented corpus's limits are the whole corpus's).
const ofSelection = (list) => (only.length ? list.filter((c) => c.scope.includes(', ')) : list);
const checks = ofSelection(gateChecks(inventedFigures, testFigures));
const floors = testFigures ? ofSelection(floorChecks(testFigures)) : [];
// The invented corpus and the floor must hold; issue 12's targets on real text are reported.
const binding = [...checks.filter((c) => c.scope === 'invented corpus'), ...floors];
const failed = binding.filter((c) => !c.met);
const targetsMissed = checks.filter((c) => c.scope !== 'invented corpus' && !c.met);
console.log(`\n== Gate${gate ? '' : ' (npm run eval:gate fails when the invented corpus or a floor is not met)'}`);
if (only.length) console.log(`only the checks of ${only.join(', ')}: the overall ones and the invented corpus's need every language (npm run eval:gate)`);
for (const c of checks) console.log(describeCheck(c));
for (const c of floors) console.log(describeCheck(c));
if (!testFigures) console.log('no real corpus: the real-text figures (test half) are not checked yet');
if (targetsMissed.length) console.log(`Targets of issue 12 on the real test half: ${targetsMissed.length} of ${checks.filter((c) => c.scope !== 'invented corpus').length} not met yet`);
const checked = only.length ? `: the real test half's floor for ${only.join(', ')}` : floors.length ? ": invented corpus and the real test half's floor" : '';
console.log(failed.length ? `Gate: NOT met (${failed.length} of ${binding.length})` : `Gate: met (${binding.length} checks${checked})`);
if (printFloor && testFigures) console.log(`\n== FLOOR for these figures (scripts/lib/eval-gate.ts)\n${JSON.stringify(floorOf(testFigures), null, 2)}`);
if (gate && failed.length) process.exitCode = 1;
