// One page load as a timeline, with and without Forewarn: when the parser, the content script's
// tasks, the lead picture's decision and its paint happen, in ms since navigation, from a Chrome
// trace of the page's renderer main thread. A tool for reading where a load's time goes (it
// prints, it is not a bench). Builds unminified into .output-bench-profile, so a task is named
// by the content-script function that ran it.
//   node scripts/bench/timeline.mjs [page-url-path] [element-id] [--no-build]
//   e.g. node scripts/bench/timeline.mjs /first-paint/ordinary-article.html lead-image
// FOREWARN_TIMELINE_LOADS=n loads each way (default 5); the timeline printed is the median load's
// (by when the picture was painted), the summary lines are medians over all loads. Loads take
// turns (without, with, without, with …), so a machine's load drifting touches both alike.
// Two trees compared: `--build-into=DIR` builds this tree's unminified build into DIR and stops;
// FOREWARN_TIMELINE_BUILDS=before=DIR1,after=DIR2 then loads each of them in turn with the
// browser without Forewarn (nothing is built), and prints a column per build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';
import { buildForProfile, PROFILE_OUT_DIR, waitForDecisions } from './lib/profile-build.mjs';
import { startTrace } from './lib/trace.mjs';

process.env.FOREWARN_OUT_DIR = PROFILE_OUT_DIR;
const buildInto = process.argv.find((a) => a.startsWith('--build-into='))?.slice('--build-into='.length);
if (buildInto) {
  await buildForProfile(resolve(buildInto));
  process.exit(0);
}
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [pagePath = '/first-paint/ordinary-article.html', elementId = 'lead-image'] = args;
const LOADS = Number(process.env.FOREWARN_TIMELINE_LOADS ?? 5);
/** The builds loaded with Forewarn, by name: the one built here, or those named in FOREWARN_TIMELINE_BUILDS. */
const BUILDS = process.env.FOREWARN_TIMELINE_BUILDS
  ? process.env.FOREWARN_TIMELINE_BUILDS.split(',').map((pair) => {
      const [name, dir] = pair.split('=');
      return { name, dir: resolve(dir) };
    })
  : [{ name: 'with', dir: resolve(PROFILE_OUT_DIR) }];
if (!process.env.FOREWARN_TIMELINE_BUILDS && !process.argv.includes('--no-build')) await buildForProfile();
register();
const { BENCH_PAGES, launchBrowser, startFixtureServer, settle } = await import('./lib/browsers.mjs');

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute', '__metadata'];
/** Content-script entry functions, by what they do for the page (names of the unminified build). */
const PHASES = [
  ['evaluate', /^\(evaluate\)$/],
  ['watch the parser', /onMutations|observe|^start$|rescan|#scan|#consider|noticeParseEnd/],
  ['decide', /#run\b|^run$|decide|onBatchEnd|batchEnd|onLexiconsSettled|^once$|settle/],
  ['settings and words from storage', /apply|setSettings|loadBatch|TriggerWords|prefetch|main$/],
  ['covers', /mountPending|mount/],
];

/** Page-world probe: when the picture first carries a decision (performance.now()). */
function probeDecision(id) {
  const note = () => {
    const el = document.querySelector(`[elementtiming="${id}"]`) ?? document.getElementById(id);
    if (el?.hasAttribute('data-forewarn') && window.__decidedAt === undefined) window.__decidedAt = performance.now();
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-forewarn'] });
}

async function tracedLoad(browser, url, dir) {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(probeDecision, elementId);
    const trace = await startTrace(await browser.context.newCDPSession(page), CATEGORIES);
    await page.goto(url, { waitUntil: 'load' });
    if (browser.withExtension) await waitForDecisions(page);
    await settle(page);
    const marks = await page.evaluate(async (id) => {
      const paint = await new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().find((e) => e.identifier === id))).observe({ type: 'element', buffered: true });
        setTimeout(() => resolve(undefined), 3000);
      });
      const nav = performance.getEntriesByType('navigation')[0];
      return { decided: window.__decidedAt, painted: paint?.renderTime || paint?.loadTime, loaded: paint?.loadTime, parsed: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
    }, elementId);
    const { events } = await trace.stop();
    return { marks, tasks: contentTasks(events, url, dir) };
  } finally {
    await page.close();
  }
}

/** The top frame's main-thread slices that ran content.js, and the parser's, in ms since navigation. */
function contentTasks(events, url, dir) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url && e.args?.data?.isLoadingMainFrame);
  if (!nav) return [];
  const { pid, tid } = nav;
  const at = (ts) => (ts - nav.ts) / 1000;
  const slices = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.ts < nav.ts) continue;
    const data = e.args?.data ?? e.args?.beginData ?? {};
    const isContent = String(data.url ?? '').includes('content-scripts/content.js');
    if (e.name === 'EvaluateScript' && isContent) slices.push({ at: at(e.ts), ms: e.dur / 1000, what: '(evaluate)' });
    else if (e.name === 'FunctionCall' && isContent) slices.push({ at: at(e.ts), ms: e.dur / 1000, what: nameOf(data, dir) });
    else if (e.name === 'ParseHTML') slices.push({ at: at(e.ts), ms: e.dur / 1000, what: '[parse HTML]' });
    // Promise callbacks (a storage answer, a message) run as microtasks, which the trace does not
    // name by function: listed as such, in both runs.
    else if (e.name === 'RunMicrotasks' && e.dur > 300) slices.push({ at: at(e.ts), ms: e.dur / 1000, what: '[microtasks]' });
  }
  // Slices nest (the script is evaluated inside a parser slice, a mutation callback inside the
  // microtasks that run it): each is given its self time, so a millisecond is counted once.
  slices.sort((a, b) => a.at - b.at || b.ms - a.ms);
  const open = [];
  for (const slice of slices) {
    while (open.length && open.at(-1).at + open.at(-1).ms <= slice.at) open.pop();
    const parent = open.at(-1);
    slice.self = slice.ms;
    if (parent) parent.self -= Math.min(slice.ms, parent.at + parent.ms - slice.at);
    open.push(slice);
  }
  return slices;
}

const sourceLines = new Map();
/** A task's entry function, or for an anonymous callback the source line it starts on (in build `dir`). */
function nameOf({ functionName, lineNumber }, dir) {
  if (functionName) return functionName;
  if (!sourceLines.has(dir)) sourceLines.set(dir, readFileSync(`${dir}/chrome-mv3/content-scripts/content.js`, 'utf8').split('\n'));
  return `(line ${lineNumber}: ${(sourceLines.get(dir)[lineNumber - 1] ?? '').trim().slice(0, 60)})`;
}

function phaseOf(what) {
  return PHASES.find(([, re]) => re.test(what))?.[0] ?? (what.startsWith('[') ? what : 'other content script');
}

const server = await startFixtureServer(BENCH_PAGES);
const browsers = [{ name: 'without', dir: undefined }, ...BUILDS];
const runs = Object.fromEntries(browsers.map((b) => [b.name, []]));
for (const b of browsers) {
  if (!b.dir) b.browser = await launchBrowser(false);
  else b.browser = { ...(await launchBrowser(false, [], `${b.dir}/chrome-mv3`)), withExtension: true };
}
try {
  // Warm-up: caches, the worker's first start.
  for (const b of browsers) await tracedLoad(b.browser, server.url(pagePath), b.dir);
  for (let i = 0; i < LOADS; i++) {
    for (const b of browsers) runs[b.name].push(await tracedLoad(b.browser, server.url(pagePath), b.dir));
  }
} finally {
  for (const b of browsers) await b.browser.close();
}
await server.close();

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : Number.NaN;
};
/** p25–p75 of the loads (min–max below 8), as the bench runner gives spread. */
const spread = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return '';
  const [lo, hi] = s.length >= 8 ? [s[Math.floor((s.length - 1) / 4)], s[Math.ceil((3 * (s.length - 1)) / 4)]] : [s[0], s.at(-1)];
  return `${lo.toFixed(0)}–${hi.toFixed(0)}`;
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');

console.log(`${pagePath}, #${elementId}, ${LOADS} loads each way in turn, medians (spread) in ms since navigation`);
console.log(`${''.padEnd(22)} ${browsers.map((b) => b.name.padStart(20)).join(' ')}`);
for (const key of ['parsed', 'dcl', 'loaded', 'decided', 'painted', 'load']) {
  const label = { parsed: 'parsing done', dcl: 'DOMContentLoaded end', loaded: 'picture loaded', decided: 'picture decided', painted: 'picture painted', load: 'load event end' }[key];
  const cells = browsers.map((b) => {
    const xs = runs[b.name].map((r) => r.marks[key]);
    return `${ms(median(xs))} (${spread(xs)})`.padStart(20);
  });
  console.log(`${label.padEnd(22)} ${cells.join(' ')}`);
}
const byPhase = (run) => {
  const sums = new Map();
  for (const t of run.tasks) sums.set(phaseOf(t.what), (sums.get(phaseOf(t.what)) ?? 0) + t.self);
  return sums;
};
for (const b of BUILDS) {
  const withRuns = runs[b.name];
  console.log(`\n${b.name}: top frame main thread by phase, self time (median of loads; before the picture was painted / whole load):`);
  const phases = new Set(withRuns.flatMap((r) => [...byPhase(r).keys()]));
  for (const phase of phases) {
    const before = median(withRuns.map((r) => r.tasks.filter((t) => phaseOf(t.what) === phase && t.at < r.marks.painted).reduce((s, t) => s + t.self, 0)));
    const all = median(withRuns.map((r) => byPhase(r).get(phase) ?? 0));
    console.log(`  ${phase.padEnd(34)} ${ms(before).padStart(9)} ${ms(all).padStart(9)}`);
  }
}
const parseWithout = median(runs.without.map((r) => byPhase(r).get('[parse HTML]') ?? 0));
console.log(`  ${'[parse HTML] without Forewarn'.padEnd(34)} ${''.padStart(9)} ${ms(parseWithout).padStart(9)}`);

for (const b of BUILDS) {
  const order = [...runs[b.name]].sort((x, y) => x.marks.painted - y.marks.painted);
  const shown = order[Math.floor((order.length - 1) / 2)];
  console.log(`\nThe median load of ${b.name}, slice by slice (content script and parser; slices under 0.3 ms folded):`);
  let folded = { n: 0, ms: 0 };
  const flush = () => {
    if (folded.n) console.log(`           … ${folded.n} short slices, ${folded.ms.toFixed(1)} ms`);
    folded = { n: 0, ms: 0 };
  };
  const events = [
    ...shown.tasks,
    // A page without the named picture has no decided or painted mark.
    ...['parsed', 'dcl', 'decided', 'painted'].filter((k) => shown.marks[k] !== undefined).map((k) => ({ at: shown.marks[k], ms: 0, what: `── ${k}` })),
  ].sort((x, y) => x.at - y.at);
  for (const e of events) {
    if (e.ms < 0.3 && !e.what.startsWith('──')) {
      folded.n++;
      folded.ms += e.ms;
      continue;
    }
    flush();
    console.log(`${e.at.toFixed(1).padStart(8)}  ${e.what.startsWith('──') ? e.what : `${e.ms.toFixed(1).padStart(5)} ms  ${e.what}  (${phaseOf(e.what)})`}`);
  }
  flush();
}
