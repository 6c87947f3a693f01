// Where a page load's main-thread CPU goes, by what the renderer does with it: a Chrome trace of
// the page's renderer main thread, each event's self time summed by kind (script parsed and
// compiled, script run by entry, style recalculation and layout forced from script or not, paint,
// garbage collection, the HTML parser, image decoding, the tasks' own time: IPC, scheduling), for
// Chromium with no extension, with the floor (an empty content script in every frame) and with
// Forewarn, loads taken in turn. A tool for reading (it prints, it is not a bench).
//   node scripts/bench/cost-by-kind.mjs [page-url-path …] [--no-build]
//   FOREWARN_COST_LOADS=n     loads per page and browser (default 5)
//   FOREWARN_COST_BUILDS=base=DIR1,after=DIR2   Forewarn builds to load side by side (DIRs from
//                             `timeline.mjs --build-into=DIR`); without it the production build
//                             is made into .output-cost-by-kind (as the page-cost bench loads it)
//   FOREWARN_PEER_EXT=DIR     also load a peer extension unpacked in DIR (lib/peer-extension.mjs),
//                             with a Forewarn − peer column
//   FOREWARN_COST_UNTRACED=0  skip the untraced load per turn (page-cost's own measure, to check
//                             the traced totals against)
//   FOREWARN_COST_FRAMES=1    read the load's other web renderers instead of the page's: the
//                             processes of its cross-site frames (site isolation), their main
//                             threads summed, e.g. for /fixed-cost/ad-frames-cross-site.html;
//                             the /proc rows are then those processes' main-thread CPU since
//                             the load began
// Each turn loads the page once per browser (their order turning, as page-cost does) under a
// trace, then once more without a trace. The trace is thread CPU time (tdur) where Chromium gives
// it; its total is the roots' (tasks') summed CPU, beside the /proc CPU of the same traced load and
// of the untraced loads (page-cost's measure): the check that the itemized table adds up to what
// the bench counts.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';
import { formatNumber, summarize } from './lib/figures.mjs';
import { foldKinds, selfTimeByKind, threadSlices } from './lib/trace-kinds.mjs';
import { startTrace } from './lib/trace.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LOADS = Number(process.env.FOREWARN_COST_LOADS ?? 5);
const UNTRACED = process.env.FOREWARN_COST_UNTRACED !== '0';
const FRAMES = process.env.FOREWARN_COST_FRAMES === '1';
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
/** One page of each kind: an article, a gallery, a live blog, a front page, the text-only brief. */
const PAGES = args.length
  ? args
  : ['/pages/article-1.html', '/pages/gallery-1.html', '/pages/live-1.html', '/pages/front-1.html', '/fixed-cost/brief.html'];
const OWN_BUILD = '.output-cost-by-kind';
const FOREWARN = process.env.FOREWARN_COST_BUILDS
  ? process.env.FOREWARN_COST_BUILDS.split(',').map((pair) => {
      const [name, dir] = pair.split('=');
      return { name, dir: resolve(dir) };
    })
  : [{ name: 'Forewarn', dir: resolve(ROOT, OWN_BUILD) }];
if (!process.env.FOREWARN_COST_BUILDS && !process.argv.includes('--no-build')) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, FOREWARN_OUT_DIR: OWN_BUILD }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('cost-by-kind: the build failed');
}

register();
const { BENCH_PAGES, launchBrowser, startFixtureServer, settle } = await import('./lib/browsers.mjs');
const { allDecided, mainThreadCpu, measurePageLoad, rendererCpu } = await import('./lib/page-load.mjs');
const { writeFloorExtension } = await import('./lib/floor-extension.mjs');
const { readPeerExtension } = await import('./lib/peer-extension.mjs');
const peerExtension = await readPeerExtension();

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', '__metadata'];

/** Events whose number per load is printed too (how often style, layout and paint ran). */
const COUNTED = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'ParseHTML', 'RunMicrotasks', 'FunctionCall', 'FireAnimationFrame', 'TimerFire'];

/** One load under a trace: the page's renderer main thread's self time by kind, its /proc CPU. */
async function tracedLoad(browser, url) {
  const page = await browser.context.newPage();
  try {
    const trace = await startTrace(await browser.context.newCDPSession(page), CATEGORIES);
    const before = await rendererCpu();
    await page.goto(url, { waitUntil: 'load' });
    const decided = await allDecided(page, browser.withExtension);
    await settle(page, 300);
    const { events, dataLossOccurred } = await trace.stop();
    const { pid, MainThreadCpuMs, framesCpu } = await mainThreadCpu(events, before);
    if (!FRAMES) {
      const { byKind, counts, total } = selfTimeByKind(threadSlices(events, pid, pid));
      return { byKind, counts, traceTotal: total, procCpu: MainThreadCpuMs, decided, lost: dataLossOccurred };
    }
    // The frames' renderers: those whose main thread parsed a document of another origin than
    // the page's (the renderer that ran the most tasks, taken for the page's by mainThreadCpu, is
    // the frames' one whenever they are busier), each main thread's kinds summed.
    const origin = new URL(url).origin;
    const parsedElsewhere = new Set(
      events.filter((e) => e.name === 'ParseHTML' && e.pid === e.tid && /^https?:/.test(e.args?.beginData?.url ?? '') && new URL(e.args.beginData.url).origin !== origin).map((e) => e.pid),
    );
    const byKind = new Map();
    const counts = new Map();
    let traceTotal = 0;
    for (const framePid of parsedElsewhere) {
      const one = selfTimeByKind(threadSlices(events, framePid, framePid));
      for (const [k, ms] of one.byKind) byKind.set(k, (byKind.get(k) ?? 0) + ms);
      for (const [k, n] of one.counts) counts.set(k, (counts.get(k) ?? 0) + n);
      traceTotal += one.total;
    }
    const procCpu = [...parsedElsewhere].reduce((sum, framePid) => sum + (framePid === pid ? MainThreadCpuMs : (framesCpu.get(framePid) ?? Number.NaN)), 0);
    return { byKind, counts, traceTotal, procCpu, decided, lost: dataLossOccurred || !parsedElsewhere.size };
  } finally {
    await page.close();
  }
}

const server = await startFixtureServer(BENCH_PAGES);
const floorDir = await writeFloorExtension();
const browsers = [
  { name: 'none', browser: await launchBrowser(false) },
  { name: 'floor', browser: await launchBrowser(false, [], floorDir) },
];
for (const b of FOREWARN) browsers.push({ name: b.name, browser: { ...(await launchBrowser(false, [], `${b.dir}/chrome-mv3`)), withExtension: true } });
if (peerExtension) browsers.push({ name: 'peer', browser: await launchBrowser(false, [], peerExtension.dir) });
const loadAverage = loadavg();
/** runs[page][browser] = traced loads; untraced[page][browser] = /proc CPU of untraced loads */
const runs = {};
const untraced = {};
let undecided = 0;
try {
  // Warm-up, not counted: the binary's caches, each extension's first start and writes.
  for (const b of browsers) await tracedLoad(b.browser, server.url(PAGES[0]));
  for (let i = 0; i < LOADS; i++) {
    for (const [p, path] of PAGES.entries()) {
      const order = browsers.map((_, k) => browsers[(i + p + k) % browsers.length]);
      for (const b of order) {
        const run = await tracedLoad(b.browser, server.url(path));
        if (!run.decided || run.lost) undecided++;
        ((runs[path] ??= {})[b.name] ??= []).push(run);
        if (UNTRACED) ((untraced[path] ??= {})[b.name] ??= []).push((await measurePageLoad(b.browser, server.url(path)))[FRAMES ? 'FrameProcessesCpuMs' : 'MainThreadCpuMs']);
      }
    }
    console.error(`loads ${i + 1}/${LOADS} done`);
  }
} finally {
  for (const b of browsers) await b.browser.close();
  await server.close();
}

const stat = (xs) => summarize(xs);
const cell = (xs) => {
  const s = stat(xs);
  return s.n ? `${formatNumber(s.median)} (${formatNumber(s.lo)}–${formatNumber(s.hi)})` : '—';
};
const med = (xs) => stat(xs).median;
const names = browsers.map((b) => b.name);
const diffs = FOREWARN.map((b) => ({ label: `${b.name} − floor`, of: b.name, from: 'floor' }));
if (FOREWARN.length === 2) diffs.push({ label: `${FOREWARN[1].name} − ${FOREWARN[0].name}`, of: FOREWARN[1].name, from: FOREWARN[0].name });
if (peerExtension) diffs.push({ label: `peer − floor`, of: 'peer', from: 'floor' }, { label: `${FOREWARN[0].name} − peer`, of: FOREWARN[0].name, from: 'peer' });
/** added[row][diff label] = per page, the difference of medians (for the summary over pages) */
const added = {};

console.log(
  `cost-by-kind: ${LOADS} loads per page and browser in turn, ${new Date().toISOString()}, load average ${loadAverage.map((x) => x.toFixed(2)).join(' ')} at the start` +
    (undecided ? `; ${undecided} loads left pictures undecided or lost trace data` : '') +
    (peerExtension ? `; the peer: ${peerExtension.label}` : ''),
);
console.log(`Self time on ${FRAMES ? 'the main threads of the cross-site frames\' renderers' : 'the page renderer\'s main thread'} (thread CPU from the trace), ms per load: median (min–max, p25–p75 from 8 loads).`);
for (const path of PAGES) {
  const folded = Object.fromEntries(names.map((n) => [n, runs[path][n].map((r) => foldKinds(r.byKind))]));
  const rows = new Set(names.flatMap((n) => folded[n].flatMap((f) => [...f.rows.keys()])));
  const value = (n, row) => folded[n].map((f) => f.rows.get(row) ?? 0);
  const order = [...rows].sort((a, b) => med(value(names.at(-1), b)) - med(value(names.at(-1), a)));
  console.log(`\n${path}`);
  console.log(['kind', ...names, ...diffs.map((d) => d.label)].join(' | '));
  console.log(['---', ...names.map(() => '---'), ...diffs.map(() => '---')].join(' | '));
  const line = (label, get) => {
    const diffCells = diffs.map((d) => {
      const v = med(get(d.of)) - med(get(d.from));
      ((added[label] ??= {})[d.label] ??= []).push(v);
      return formatNumber(v);
    });
    console.log([label, ...names.map((n) => cell(get(n))), ...diffCells].join(' | '));
  };
  for (const row of order) line(row, (n) => value(n, row));
  line('**total of the trace** (tasks\' thread CPU)', (n) => runs[path][n].map((r) => r.traceTotal));
  line('/proc main-thread CPU, same traced load', (n) => runs[path][n].map((r) => r.procCpu));
  for (const name of COUNTED) line(`count: ${name} events`, (n) => runs[path][n].map((r) => r.counts.get(name) ?? 0));
  if (UNTRACED) line('/proc main-thread CPU, untraced load (page-cost\'s measure)', (n) => untraced[path][n]);
  // What "other named events" holds, for the last build: the five largest names, median of loads.
  const others = new Map();
  for (const f of folded[names.at(-1)]) for (const [name, ms] of f.others) others.set(name, [...(others.get(name) ?? []), ms]);
  const top = [...others].map(([name, xs]) => [name, xs.reduce((a, b) => a + b, 0) / LOADS]).sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (top.length) console.log(`other named events (${names.at(-1)}, mean per load): ${top.map(([n, ms]) => `${n} ${formatNumber(ms)}`).join(', ')}`);
}

console.log(`\nOver the ${PAGES.length} pages: median of the per-page differences (ms per load)`);
console.log(['kind', ...diffs.map((d) => d.label)].join(' | '));
console.log(['---', ...diffs.map(() => '---')].join(' | '));
const summary = Object.entries(added).filter(([row]) => !row.startsWith('count:')).sort((a, b) => med(b[1][diffs[0].label]) - med(a[1][diffs[0].label]));
for (const [row, byDiff] of summary) console.log([row, ...diffs.map((d) => formatNumber(med(byDiff[d.label] ?? [])))].join(' | '));
