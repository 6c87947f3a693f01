// A page of 20,000 sibling pictures (issue 16.7): how long until every one is decided, how soon a
// graphic picture the page adds afterwards is covered, and the tab's longest stall (longest
// task seen by a Long Tasks observer, and longest gap between animation frames) with and without
// the extension, and with the page-cost floor's empty content script (what any extension at
// document_start gets, lib/floor-extension.mjs), loads taking turns; then, in extra loads under a
// light trace with and without it, how much of the page's longest task was the extension's
// script and how many image loads Blink ran in it (lib/longest-task.mjs says why those).
// Figures are printed; nothing is asserted.
//   FOREWARN_BENCH_ROUNDS=3 node scripts/bench/huge-page.bench.mjs   (default 3 loads each way)
//   FOREWARN_HUGE_PICTURES=20000                                      (pictures on the page)
//   FOREWARN_HUGE_TRACED=3                                            (traced loads each way)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, startFixtureServer, sleep } from './lib/browsers.mjs';
import { formatNumber, reportFigure } from './lib/figures.mjs';
import { LONGEST_TASK_CATEGORIES, longestTaskShare } from './lib/longest-task.mjs';
import { writeFloorExtension } from './lib/floor-extension.mjs';
import { startTrace } from './lib/trace.mjs';

const ROUNDS = Number(process.env.FOREWARN_BENCH_ROUNDS ?? 3);
const PICTURES = Number(process.env.FOREWARN_HUGE_PICTURES ?? 20_000);
const LATE = 5;
/** Extra traced loads each way: what the extension's script adds to the page's longest task. */
const TRACED = Number(process.env.FOREWARN_HUGE_TRACED ?? 3);
const DECIDE_TIMEOUT_MS = 240_000;
// A 1×1 PNG: every picture is the same small bitmap, so the bench measures deciding, not decoding.
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const dir = await mkdtemp(join(tmpdir(), 'forewarn-huge-'));
const tiles = Array.from(
  { length: PICTURES },
  (_, i) => `<img src="${PIXEL}#${i}" alt="Catalogue item ${i}" width="40" height="40">`,
).join('\n');
await writeFile(
  join(dir, 'huge.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalogue</title></head>
<body><h1>Catalogue</h1><div id="grid">\n${tiles}\n</div></body></html>`,
);

// Same page-side instruments in both browsers: long tasks and the longest frame gap, from start.
const INSTRUMENT = () => {
  const w = /** @type {any} */ (window);
  w.__stall = { longest: 0, gap: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__stall.longest = Math.max(w.__stall.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the frame gap is still measured.
  }
  let last = 0;
  const frame = (t) => {
    if (last) w.__stall.gap = Math.max(w.__stall.gap, t - last);
    last = t;
    if (!w.__stopFrames) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

const server = await startFixtureServer(dir);
const plain = await launchBrowser(false);
const withExtension = await launchBrowser(true);
const floorDir = await writeFloorExtension();
const floor = { ...(await launchBrowser(false, [], floorDir)), floor: true };
for (const b of [plain, withExtension, floor]) await b.context.addInitScript(INSTRUMENT);
const results = { plain: [], ext: [], floor: [], traced: [], tracedPlain: [] };
const armOf = (b) => (b.withExtension ? 'ext' : b.floor ? 'floor' : 'plain');
const ARM_NAMES = { ext: 'with   ', plain: 'without', floor: 'floor  ' };
const load = loadavg()[0];
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const b of round % 2 === 0 ? [plain, withExtension, floor] : [floor, withExtension, plain]) {
      const r = await measure(b);
      results[armOf(b)].push(r);
      console.log(`${ARM_NAMES[armOf(b)]}: ${JSON.stringify(r)}`);
    }
  }
  for (let i = 0; i < TRACED; i++) {
    for (const b of i % 2 === 0 ? [withExtension, plain] : [plain, withExtension]) {
      const r = await traceLongestTask(b);
      results[b.withExtension ? 'traced' : 'tracedPlain'].push(r);
      console.log(`traced ${b.withExtension ? 'with   ' : 'without'}: ${JSON.stringify(r)}`);
    }
  }
} finally {
  await withExtension.close();
  await plain.close();
  await floor.close();
  await rm(floorDir, { recursive: true, force: true });
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

async function measure(browser) {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url('/huge.html'), { waitUntil: 'load', timeout: DECIDE_TIMEOUT_MS });
    // Every picture decided (with the extension; without, the page's load), by page time.
    const deadline = Date.now() + DECIDE_TIMEOUT_MS;
    let decidedAt = Number.NaN;
    for (;;) {
      const t = await page.evaluate((need) => {
        if (need && document.querySelector('#grid > img:not([data-forewarn])')) return -1;
        return performance.now();
      }, browser.withExtension);
      if (t >= 0) {
        decidedAt = t;
        break;
      }
      if (Date.now() > deadline) break;
      await sleep(50);
    }
    // The page's own load ends long after navigation on a slow machine (20,000 pictures to parse
    // and lay out, with or without an extension): what deciding adds is read after it.
    const loadEnd = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? Number.NaN);
    await sleep(500);
    const stall = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__stopFrames = true;
      return w.__stall;
    });
    // Graphic pictures the page adds afterwards: time from insertion to the cover's mark.
    const late = [];
    for (let i = 0; i < LATE; i++) {
      late.push(
        await page.evaluate(
          ({ i, need }) =>
            new Promise((done) => {
              const img = document.createElement('img');
              img.src = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==#late${i}`;
              img.alt = 'The bodies of executed detainees lie in a mass grave';
              const t0 = performance.now();
              if (!need) return done(0);
              new MutationObserver((_, o) => {
                if (img.getAttribute('data-forewarn') === 'covered') {
                  o.disconnect();
                  done(performance.now() - t0);
                }
              }).observe(img, { attributes: true, attributeFilter: ['data-forewarn'] });
              document.getElementById('grid').append(img);
              setTimeout(() => done(Number.POSITIVE_INFINITY), 10_000);
            }),
          { i, need: browser.withExtension },
        ),
      );
      await sleep(200);
    }
    return { decidedMs: Math.round(decidedAt), loadMs: Math.round(loadEnd), afterLoadMs: Math.max(0, Math.round(decidedAt - loadEnd)), longTaskMs: Math.round(stall.longest), frameGapMs: Math.round(stall.gap), lateMs: late.map((x) => Math.round(x * 10) / 10) };
  } finally {
    await page.close();
  }
}

/** One load under a light trace (apart from the measured loads: tracing slows the page). */
async function traceLongestTask(browser) {
  const page = await browser.context.newPage();
  try {
    const trace = await startTrace(await browser.context.newCDPSession(page), LONGEST_TASK_CATEGORIES, { bufferKb: 512 * 1024 });
    await page.goto(server.url('/huge.html'), { waitUntil: 'load', timeout: DECIDE_TIMEOUT_MS });
    await sleep(1_000);
    const { events } = await trace.stop();
    const { taskMs, extensionMs, imageLoads } = longestTaskShare(events);
    return { taskMs: Math.round(taskMs), extensionMs: Math.round(extensionMs * 10) / 10, imageLoads };
  } finally {
    await page.close();
  }
}

const note = `${PICTURES} sibling pictures, ${ROUNDS} loads each way, load average ${formatNumber(load)} at start`;
reportFigure({
  name: `every picture decided, ${PICTURES}-picture page (page time since navigation)`,
  unit: 'ms',
  samples: results.ext.map((r) => r.decidedMs),
  budget: { max: 3000, text: 'within 3 s' },
  note,
});
reportFigure({ name: 'the page\'s own load event, without the extension', unit: 'ms', samples: results.plain.map((r) => r.loadMs), note });
reportFigure({
  name: 'every picture decided, after the page\'s own load event',
  unit: 'ms',
  samples: results.ext.map((r) => r.afterLoadMs),
  budget: { max: 3000, text: 'within 3 s' },
  note,
});
reportFigure({
  name: 'graphic picture added later, covered after',
  unit: 'ms',
  samples: results.ext.flatMap((r) => r.lateMs),
  budget: { max: 50, text: 'within 50 ms' },
  note: `${LATE} pictures per load, added once all were decided`,
});
reportFigure({ name: 'longest task, with the extension', unit: 'ms', samples: results.ext.map((r) => r.longTaskMs), note });
reportFigure({ name: 'longest task, without', unit: 'ms', samples: results.plain.map((r) => r.longTaskMs), note });
reportFigure({ name: 'longest task, with the empty floor extension', unit: 'ms', samples: results.floor.map((r) => r.longTaskMs), note });
reportFigure({ name: 'longest frame gap, with the extension', unit: 'ms', samples: results.ext.map((r) => r.frameGapMs), note });
reportFigure({ name: 'longest frame gap, without', unit: 'ms', samples: results.plain.map((r) => r.frameGapMs), note });
reportFigure({ name: 'longest frame gap, with the empty floor extension', unit: 'ms', samples: results.floor.map((r) => r.frameGapMs), note });
reportFigure({
  name: "the extension's script inside the page's longest task (traced loads)",
  unit: 'ms',
  samples: results.traced.map((r) => r.extensionMs),
  budget: { max: 16, text: 'at most one frame (16 ms)' },
  note: `${TRACED} extra loads with the extension under a light trace; their longest tasks: ${results.traced.map((r) => r.taskMs).join(', ')} ms`,
});
// What the longest task is made of either way: the parser's image loads Blink ran together.
const loadsNote = (traced) => `${TRACED} traced loads; longest tasks ${traced.map((r) => r.taskMs).join(', ')} ms`;
reportFigure({ name: "image loads in the page's longest task, with the extension", unit: 'loads', samples: results.traced.map((r) => r.imageLoads), note: loadsNote(results.traced) });
reportFigure({ name: "image loads in the page's longest task, without", unit: 'loads', samples: results.tracedPlain.map((r) => r.imageLoads), note: loadsNote(results.tracedPlain) });
