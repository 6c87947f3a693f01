// Main-thread time the extension adds to page loads, for each bench page, with and without the
// extension, in alternating order, several rounds. Two measures (see lib/page-load.mjs): the CPU
// time of the page's renderer main thread (the budgeted figure: stable on a shared machine) and
// CDP Performance.getMetrics TaskDuration (wall clock, which descheduling inflates). Both include the
// content script's isolated world, which runs on that thread.
// Per page: median with / median without − 1. Figure: the median of that over all pages.
// The floor: a third browser with an empty content script at document_start in every frame
// (lib/floor-extension.mjs), loaded in turn with the other two, so Forewarn's cost is also
// printed above the least any content-script extension costs. With FOREWARN_PEER_EXT naming an
// unpacked extension (lib/peer-extension.mjs), a fourth browser loads it in the same turns, so
// Forewarn's cost is also read beside what a peer pays.
// The pages: tests/fixtures/bench-pages/pages (scripts/bench/make-bench-pages.mjs).
//   FOREWARN_BENCH_ROUNDS=5 node scripts/bench/page-cost.bench.mjs   (default 3 rounds)
import { readdir, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BENCH_PAGES, launchBrowser, startFixtureServer } from './lib/browsers.mjs';
import { measurePageLoad } from './lib/page-load.mjs';
import { writeFloorExtension } from './lib/floor-extension.mjs';
import { readPeerExtension } from './lib/peer-extension.mjs';
import { formatNumber, reportFigure, summarize } from './lib/figures.mjs';

const ROUNDS = Number(process.env.FOREWARN_BENCH_ROUNDS ?? 3);
const pages = (await readdir(join(BENCH_PAGES, 'pages'))).filter((f) => f.endsWith('.html')).sort();
if (pages.length < 20) {
  console.error(`Only ${pages.length} bench pages; run node scripts/bench/make-bench-pages.mjs.`);
  process.exit(1);
}

const server = await startFixtureServer(BENCH_PAGES);
const loadAverage = loadavg()[0];
const peerExtension = await readPeerExtension();
const floorDir = await writeFloorExtension();
const plain = { ...(await launchBrowser(false)), key: 'plain' };
const withExtension = { ...(await launchBrowser(true)), key: 'ext' };
const floor = { ...(await launchBrowser(false, [], floorDir)), key: 'floor' };
const browsers = [plain, withExtension, floor];
if (peerExtension) browsers.push({ ...(await launchBrowser(false, [], peerExtension.dir)), key: 'peer' });
const keys = browsers.map((b) => b.key);
/** One empty list of loads per browser. */
const perBrowser = () => Object.fromEntries(keys.map((k) => [k, []]));
/** Turn n's order of the three browsers: each goes first, second and last in turn. */
const order = (n) => browsers.map((_, k) => browsers[(n + k) % browsers.length]);
/** samples[page] = { plain: [...], ext: [...], floor: [...], peer?: [...] } of measurePageLoad results */
const samples = Object.fromEntries(pages.map((p) => [p, perBrowser()]));
let undecided = 0;
const FIXED_LOADS = Math.max(6, ROUNDS * 3);
const fixed = perBrowser();
/** The brief again with AD_FRAMES ad frames (make-bench-pages.mjs): the difference is per frame. */
const AD_FRAMES = 8;
const framed = perBrowser();
/** The same frames from another site (localhost): each load's CPU is the page's main thread plus the frames' renderer's. */
const crossSite = perBrowser();
/**
 * An ordinary article (a tram line, sport, business; five pictures): the twenty pages all speak
 * of violence somewhere, which most pages a reader opens do not.
 */
const ORDINARY = '/first-paint/ordinary-article.html';
const ordinary = perBrowser();
try {
  // Warm the browsers (first navigation, extension service worker, disk cache of the binary).
  for (const b of browsers) await measurePageLoad(b, server.url(`/pages/${pages[0]}`));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, name] of pages.entries()) {
      // Rotate which browser goes first, so drift (thermal, caches) does not favour one.
      for (const b of order(round + i)) {
        const r = await measurePageLoad(b, server.url(`/pages/${name}`));
        if (!r.decided) undecided++;
        samples[name][b.key].push(r);
      }
    }
    process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
  // The fixed cost: a short text-only brief, no pictures, no frames.
  for (let i = 0; i < FIXED_LOADS; i++) {
    for (const b of order(i)) fixed[b.key].push(await measurePageLoad(b, server.url('/fixed-cost/brief.html')));
    for (const b of order(i + 1)) framed[b.key].push(await measurePageLoad(b, server.url('/fixed-cost/ad-frames.html')));
    for (const b of order(i + 2)) ordinary[b.key].push(await measurePageLoad(b, server.url(ORDINARY)));
    for (const b of order(i)) crossSite[b.key].push(await measurePageLoad(b, server.url('/fixed-cost/ad-frames-cross-site.html')));
  }
} finally {
  for (const b of browsers) await b.close();
  await server.close();
  await rm(floorDir, { recursive: true, force: true });
}

const median = (rows, key) => summarize(rows.map((r) => r[key])).median;
const perPage = pages.map((name) => {
  const { plain: p, ext: e, floor: f, peer } = samples[name];
  const baseCpu = median(p, 'MainThreadCpuMs');
  const extCpu = median(e, 'MainThreadCpuMs');
  const floorCpu = median(f, 'MainThreadCpuMs');
  const baseTask = median(p, 'TaskDuration') * 1000;
  const extTask = median(e, 'TaskDuration') * 1000;
  return {
    name,
    kind: name.replace(/-\d+\.html$/, ''),
    images: e[0].images,
    covered: e[0].covered,
    elements: p[0].elements,
    baseCpu,
    extCpu,
    addedCpu: extCpu - baseCpu,
    floorAddedCpu: floorCpu - baseCpu,
    aboveFloorCpu: extCpu - floorCpu,
    peerAddedCpu: peer ? median(peer, 'MainThreadCpuMs') - baseCpu : NaN,
    addedCpuPct: (extCpu / baseCpu - 1) * 100,
    cpuNoisePct: noisePct(p.map((r) => r.MainThreadCpuMs)),
    addedProcessCpu: median(e, 'ProcessCpuMs') - median(p, 'ProcessCpuMs'),
    baseTask,
    addedTask: extTask - baseTask,
    addedTaskPct: (extTask / baseTask - 1) * 100,
    taskNoisePct: noisePct(p.map((r) => r.TaskDuration)),
    scriptMs: (median(e, 'ScriptDuration') - median(p, 'ScriptDuration')) * 1000,
    layoutMs: (median(e, 'LayoutDuration') - median(p, 'LayoutDuration')) * 1000,
    layouts: median(e, 'LayoutCount') - median(p, 'LayoutCount'),
  };
});

/** How much a page's own baseline moves between rounds ((max−min)/median), to judge noise. */
function noisePct(values) {
  return ((Math.max(...values) - Math.min(...values)) / summarize(values).median) * 100;
}

const cols = ['page', 'imgs', 'covered', 'elements', 'CPU without ms', 'CPU added ms', 'floor added ms', ...(peerExtension ? ['peer added ms'] : []), 'CPU added %', 'CPU noise %', 'process CPU added ms', 'TaskDuration without ms', 'TaskDuration added %', 'TaskDuration noise %', 'script Δms', 'layout Δms', 'layouts Δ'];
console.log(`\nPer page (median of ${ROUNDS} loads each way; noise = (max−min)/median of the loads without):`);
console.log(cols.join(' | '));
for (const r of perPage) {
  console.log(
    [r.name, r.images, r.covered, r.elements, r.baseCpu, r.addedCpu, r.floorAddedCpu, ...(peerExtension ? [r.peerAddedCpu] : []), r.addedCpuPct, r.cpuNoisePct, r.addedProcessCpu, r.baseTask, r.addedTaskPct, r.taskNoisePct, r.scriptMs, r.layoutMs, r.layouts]
      .map((v) => (typeof v === 'number' ? formatNumber(v) : v))
      .join(' | '),
  );
}
console.log('');
for (const kind of [...new Set(perPage.map((r) => r.kind))]) {
  const rows = perPage.filter((r) => r.kind === kind);
  const s = summarize(rows.map((r) => r.addedCpuPct));
  console.log(`${kind}: ${rows.length} pages, CPU added ${formatNumber(s.median)} % (median; ${formatNumber(s.lo)}–${formatNumber(s.hi)} ${s.spread})`);
}
const untraced = Object.values(samples).flatMap((s) => [...s.plain, ...s.ext]).filter((r) => !Number.isFinite(r.MainThreadCpuMs)).length;
if (untraced) console.log(`${untraced} loads had no CPU reading of the page's main thread (left out of the CPU figures).`);
if (undecided) console.log(`${undecided} loads ended before every picture was decided (15 s).`);

reportFigure({
  name: `main-thread CPU added, median over ${pages.length} pages`,
  unit: '%',
  samples: perPage.map((r) => r.addedCpuPct),
  note: `load average ${formatNumber(loadAverage)} at start; spread is over pages; a page's own loads vary by ${formatNumber(summarize(perPage.map((r) => r.cpuNoisePct)).median)} % (median (max−min)/median)`,
});
reportFigure({
  name: 'main-thread CPU added per page load',
  unit: 'ms',
  samples: perPage.map((r) => r.addedCpu),
  budget: { max: 35, text: 'at most 35 ms' },
  note: `median over ${pages.length} pages of (median with − median without), ${ROUNDS} loads each; load average ${formatNumber(loadAverage)} at start`,
});
reportFigure({ name: 'floor (empty content script) CPU added per page load', unit: 'ms', samples: perPage.map((r) => r.floorAddedCpu) });
reportFigure({ name: 'Forewarn above the floor per page load', unit: 'ms', samples: perPage.map((r) => r.aboveFloorCpu) });
const peerNote = peerExtension && `the peer: ${peerExtension.label}, loaded in turn with the others`;
if (peerExtension) reportFigure({ name: 'peer CPU added per page load', unit: 'ms', samples: perPage.map((r) => r.peerAddedCpu), note: peerNote });
{
  const base = summarize(fixed.plain.map((r) => r.MainThreadCpuMs));
  const floorBase = summarize(fixed.floor.map((r) => r.MainThreadCpuMs));
  const note = `text-only brief, ${FIXED_LOADS} loads each way; without an extension ${formatNumber(base.median)} ms (renderer start included)`;
  reportFigure({
    name: 'main-thread CPU added to a document without pictures',
    unit: 'ms',
    samples: fixed.ext.map((r) => r.MainThreadCpuMs - base.median),
    budget: { max: 15, text: 'at most 15 ms' },
    note,
  });
  reportFigure({ name: 'floor CPU added to a document without pictures', unit: 'ms', samples: fixed.floor.map((r) => r.MainThreadCpuMs - base.median), note });
  if (peerExtension) reportFigure({ name: 'peer CPU added to a document without pictures', unit: 'ms', samples: fixed.peer.map((r) => r.MainThreadCpuMs - base.median), note: peerNote });
  reportFigure({
    name: 'Forewarn above the floor, document without pictures',
    unit: 'ms',
    samples: fixed.ext.map((r) => r.MainThreadCpuMs - floorBase.median),
    note,
  });
}
/**
 * Per frame: what a browser adds to a framed brief beyond what it adds to the brief alone, shared
 * by the frames. Each load of the framed brief is one sample, read against medians. `cpu` reads a
 * load's CPU (the page's main thread, or that plus its frames' renderer).
 */
function reportPerFrame(kind, loads, cpu, note) {
  const med = (rows, of) => summarize(rows.map(of)).median;
  const page = (r) => r.MainThreadCpuMs;
  const added = (key, base) => (r) => (cpu(r) - med(loads[base], cpu) - (med(fixed[key], page) - med(fixed[base], page))) / AD_FRAMES;
  reportFigure({
    name: `main-thread CPU added per ${kind}`,
    unit: 'ms',
    samples: loads.ext.map(added('ext', 'plain')),
    budget: { max: 15, text: 'at most 15 ms' },
    note,
  });
  reportFigure({ name: `floor CPU added per ${kind}`, unit: 'ms', samples: loads.floor.map(added('floor', 'plain')), note });
  reportFigure({ name: `Forewarn above the floor per ${kind}`, unit: 'ms', samples: loads.ext.map(added('ext', 'floor')), note });
  if (peerExtension) reportFigure({ name: `peer CPU added per ${kind}`, unit: 'ms', samples: loads.peer.map(added('peer', 'plain')), note: peerNote });
}
reportPerFrame(
  'ad frame',
  framed,
  (r) => r.MainThreadCpuMs,
  `the brief with ${AD_FRAMES} same-origin ad frames (one picture each) against the brief alone, ${FIXED_LOADS} loads each way; CPU is read in 10 ms ticks, so one load moves this by ${formatNumber(10 / AD_FRAMES)} ms`,
);
{
  // Real ad slots are served from other sites: with site isolation their frames run in a
  // renderer of their own, where the content script starts cold again. A load's cost is then its
  // page's main thread plus the frames' renderer's (lib/page-load.mjs).
  const frames = (key) => formatNumber(summarize(crossSite[key].map((r) => r.FrameProcessesCpuMs)).median);
  reportPerFrame(
    'cross-site ad frame',
    crossSite,
    (r) => r.MainThreadCpuMs + r.FrameProcessesCpuMs,
    `the brief with ${AD_FRAMES} ad frames from another site against the brief alone, ${FIXED_LOADS} loads each way; of the frames' own renderer: ${frames('plain')} ms without an extension, ${frames('floor')} with the floor, ${frames('ext')} with Forewarn${peerExtension ? `, ${frames('peer')} with the peer` : ''} (medians)`,
  );
}
reportFigure({ name: 'main-thread CPU per page load without extension', unit: 'ms', samples: perPage.map((r) => r.baseCpu) });
reportFigure({
  name: `TaskDuration added, median over ${pages.length} pages`,
  unit: '%',
  samples: perPage.map((r) => r.addedTaskPct),
  note: `wall clock; a page's own loads vary by ${formatNumber(summarize(perPage.map((r) => r.taskNoisePct)).median)} % here, so this is indicative only`,
});
reportFigure({ name: 'of which ScriptDuration added', unit: 'ms', samples: perPage.map((r) => r.scriptMs) });
{
  const base = summarize(ordinary.plain.map((r) => r.MainThreadCpuMs));
  const floorBase = summarize(ordinary.floor.map((r) => r.MainThreadCpuMs));
  const note = `${ORDINARY}, ${FIXED_LOADS} loads each way; without an extension ${formatNumber(base.median)} ms`;
  reportFigure({ name: 'main-thread CPU added to an ordinary article', unit: 'ms', samples: ordinary.ext.map((r) => r.MainThreadCpuMs - base.median), note });
  reportFigure({ name: 'floor CPU added to an ordinary article', unit: 'ms', samples: ordinary.floor.map((r) => r.MainThreadCpuMs - base.median), note });
  if (peerExtension) reportFigure({ name: 'peer CPU added to an ordinary article', unit: 'ms', samples: ordinary.peer.map((r) => r.MainThreadCpuMs - base.median), note: peerNote });
  reportFigure({ name: 'Forewarn above the floor, ordinary article', unit: 'ms', samples: ordinary.ext.map((r) => r.MainThreadCpuMs - floorBase.median), note });
}
