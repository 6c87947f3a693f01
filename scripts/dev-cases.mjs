// Reads detection's verdicts on the real corpus's DEVELOPMENT half, one case at a time, to find
// what a rule should say. It never prints a test-half case: rules are changed by reading
// development cases only (tests/corpus/real/README.md), so the test half keeps measuring
// honestly. The invented corpus (tests/corpus/*.json) may be read too: it is the regression set.
//
//   node scripts/dev-cases.mjs [langs…]            every development case, with its verdict
//   node scripts/dev-cases.mjs --wrong en fr        only the wrong ones (label vs lowest cover level)
//   node scripts/dev-cases.mjs --label=graphic      only one label
//   node scripts/dev-cases.mjs --invented --wrong   the invented corpus instead
//   node scripts/dev-cases.mjs --summary            figures per language (dev half and invented)
//   node scripts/dev-cases.mjs --terms en "text"    the lexicon entries found in a text
//   node scripts/dev-cases.mjs --fold=a --wrong     only development fold A (or b): see foldOf
// Folds: the development half split again by page url (bit 1 of the split's hash; bit 0 chose
// the half). Rules were written from fold A and checked on fold B; since round 129 both are read
// (tests/corpus/real/README.md, "Development and test halves").
// --summary prints both folds beside the whole development half.
// A case is right when a graphic picture is covered from balanced, a borderline one at strict
// only, a safe one never (the eval's meaning).
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';
import { loadDetection } from './lib/load-detection.mjs';
import { fmix32, fnv1a32 } from './lib/corpus-split.mjs';

register();
// `| head` closing the pipe is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { readRealCorpus } = await import('./lib/real-corpus.ts');
const { asGathered, measureCorpus } = await import('./lib/corpus-figures.ts');

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/corpus');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
if (args.some((a) => /^--(?:test|show-test|half=test)/.test(a))) {
  console.error('dev-cases prints the development half only: test-half cases are never read while changing a rule.');
  process.exit(2);
}

const detection = await loadDetection();

if (flag('--terms')) {
  const [lang, text = ''] = args.filter((a) => !a.startsWith('--'));
  for (const h of detection.findTerms(text, detection.selectLexicons(text, lang))) {
    console.log(`${h.kind}${h.category ? ` ${h.category}` : ''}${h.explicit ? ' (explicit)' : ''}: "${h.text}" at ${h.at}`);
  }
  process.exit(0);
}

async function inventedCases() {
  const cases = [];
  for (const file of (await readdir(CORPUS)).filter((f) => f.endsWith('.json')).sort()) {
    const corpus = JSON.parse(await readFile(join(CORPUS, file), 'utf8'));
    const pages = Object.fromEntries(Object.entries(corpus.pages).map(([key, p]) => [key, { key, ...p, lang: p.lang ?? corpus.lang }]));
    for (const c of corpus.cases) cases.push({ id: c.id, lang: corpus.lang, set: corpus.set ?? corpus.lang, label: c.label, image: c.image, page: pages[c.page], note: c.note });
  }
  return cases;
}
const real = readRealCorpus(join(CORPUS, 'real'));
/** 'a' or 'b': a development page's fold, fixed by its url like the half. */
const foldOf = (url) => ((fmix32(fnv1a32(url)) >>> 1) & 1 ? 'b' : 'a');
const fold = args.find((a) => a.startsWith('--fold='))?.slice('--fold='.length);
const dev = (real?.cases ?? []).filter((c) => c.half === 'dev' && (!fold || foldOf(c.page.splitUrl) === fold));

if (flag('--summary')) {
  const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
  const rate = (s) => `R ${s.graphic ? (s.graphicCovered / s.graphic).toFixed(3) : '-'} safe ${pct(s.safeCovered, s.safe)}`;
  const row = (name, st) =>
    console.log(`${name.padEnd(9)} M safe ${pct(st.minimal.safeCovered, st.minimal.safe)}  B ${rate(st.balanced)}  S ${rate(st.strict)}`);
  row('INVENTED', measureCorpus(await inventedCases(), detection).overall);
  const figures = measureCorpus(dev, detection);
  for (const [lang, { stats }] of [...figures.byLang].sort()) row(`dev ${lang}`, stats);
  row('DEV', figures.overall);
  if (!fold) for (const f of ['a', 'b']) row(`DEV fold ${f.toUpperCase()}`, measureCorpus(dev.filter((c) => foldOf(c.page.splitUrl) === f), detection).overall);
  process.exit(0);
}

const cases = flag('--invented') ? await inventedCases() : dev;
const langs = args.filter((a) => !a.startsWith('--'));
const label = args.find((a) => a.startsWith('--label='))?.slice('--label='.length);
const RANK = { minimal: 0, balanced: 1, strict: 2, never: 3 };
const pages = new Map();
for (const c of cases) {
  if ((langs.length && !langs.includes(c.lang)) || (label && c.label !== label)) continue;
  let page = pages.get(c.page);
  if (!page) {
    page = { title: c.page.title, description: c.page.description, lang: c.page.lang, ...detection.measureArticleViolence(c.page.text ?? '', c.page.lang) };
    pages.set(c.page, page);
  }
  const verdict = detection.classifyImageContext(asGathered(c.image), page);
  const got = verdict.coverAt ?? 'never';
  const right = c.label === 'graphic' ? RANK[got] <= 1 : c.label === 'borderline' ? RANK[got] === 2 : got === 'never';
  if (flag('--wrong') && right) continue;
  const fields = Object.entries(c.image)
    .filter(([k]) => k !== 'placement')
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(' ');
  const why = verdict.reason ? `${verdict.reason.source}:${verdict.reason.terms.join(',')}` : '-';
  console.log(
    `${right ? 'ok ' : 'BAD'} ${c.id} ${c.label}/${got} [${verdict.categories}] why=${why} page=${c.page.key}(${page.violenceShare.toFixed(2)}) pl=${c.image.placement ?? 'body'}`,
  );
  console.log(`    ${fields}${c.note ? `\n    note: ${c.note}` : ''}`);
}
