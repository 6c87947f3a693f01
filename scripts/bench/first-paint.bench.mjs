// How much later the first safe picture on an ordinary article is painted with the extension:
// Element Timing (renderTime of the lead picture, which carries elementtiming), Largest
// Contentful Paint and First Contentful Paint, read from buffered performance entries, with and
// without the extension, alternating, RUNS loads each way in fresh tabs.
// Figure: per round, with − without (adjacent loads); the median of those differences.
// Also a front page of 161 teasers: how much later its parser is done (the page's own scripts
// wait for DOMContentLoaded) and its largest picture painted, where most pictures are far below
// the first screen.
//   FOREWARN_BENCH_RUNS=30 node scripts/bench/first-paint.bench.mjs   (default 20)
import { BENCH_PAGES, launchBrowser, startFixtureServer } from './lib/browsers.mjs';
import { formatNumber, reportFigure, summarize } from './lib/figures.mjs';

const RUNS = Number(process.env.FOREWARN_BENCH_RUNS ?? 20);
const PAGE = '/first-paint/ordinary-article.html';
const ELEMENT_ID = 'lead-image';
const FRONT_PAGE = '/pages/front-1.html';
/** After the load, how long the front page is given for its largest paint to be reported. */
const FRONT_SETTLE_MS = 1_000;

const server = await startFixtureServer(BENCH_PAGES);
const plain = await launchBrowser(false);
const withExtension = await launchBrowser(true);
const runs = { plain: [], ext: [] };
const frontRuns = { plain: [], ext: [] };
let failures = 0;
try {
  for (const b of [plain, withExtension]) await paintTimes(b, PAGE, ELEMENT_ID); // warm-up, not counted
  failures += await alternate(RUNS, runs, (b) => paintTimes(b, PAGE, ELEMENT_ID));
  await alternate(Math.ceil(RUNS / 2), frontRuns, (b) => paintTimes(b, FRONT_PAGE, null));
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}

if (runs.plain.length < RUNS / 2) {
  console.error(`Could not read paint timings (${failures} of ${RUNS} rounds failed).`);
  process.exit(1);
}

/** `count` rounds, each a load without and one with the extension in alternating order; returns the failed rounds. */
async function alternate(count, into, load) {
  let failed = 0;
  for (let i = 0; i < count; i++) {
    const order = i % 2 === 0 ? [plain, withExtension] : [withExtension, plain];
    const pair = {};
    for (const b of order) pair[b.withExtension ? 'ext' : 'plain'] = await load(b);
    if (pair.plain && pair.ext) {
      into.plain.push(pair.plain);
      into.ext.push(pair.ext);
    } else failed++;
  }
  return failed;
}

/**
 * Loads the page in a fresh tab and reads the paint entries once the picture with elementtiming
 * `id` is painted (or, with no id, FRONT_SETTLE_MS after the load).
 */
async function paintTimes(browser, path, id) {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url(path), { waitUntil: 'load' });
    return await page.evaluate(
      ({ id, settleMs }) =>
        new Promise((resolve) => {
          const found = {};
          const finish = () => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            const nav = performance.getEntriesByType('navigation')[0];
            resolve({
              element: found.element,
              lcp: found.lcp,
              fcp: fcp?.startTime,
              // Where the delay comes from: parsing (a document_start script blocks the parser)
              // and DOMContentLoaded handlers, both before the first frame.
              parsed: nav?.domInteractive,
              dclHandlers: nav ? nav.domContentLoadedEventEnd - nav.domContentLoadedEventStart : undefined,
            });
          };
          if (id === null) setTimeout(finish, settleMs);
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.identifier === id && e.renderTime > 0) found.element = e.renderTime;
            if (found.element !== undefined) setTimeout(finish, 100); // let LCP entries arrive too
          }).observe({ type: 'element', buffered: true });
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1);
            if (last) found.lcp = last.renderTime || last.startTime;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(null), 10_000);
        }),
      { id, settleMs: FRONT_SETTLE_MS },
    );
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

for (const metric of ['element', 'lcp', 'fcp', 'parsed', 'dclHandlers']) {
  const p = summarize(runs.plain.map((r) => r[metric]));
  const e = summarize(runs.ext.map((r) => r[metric]));
  console.log(
    `${metric.padEnd(7)} without ${formatNumber(p.median)} ms (${formatNumber(p.lo)}–${formatNumber(p.hi)}), ` +
      `with ${formatNumber(e.median)} ms (${formatNumber(e.lo)}–${formatNumber(e.hi)}), ${p.spread}, n=${p.n}`,
  );
}
const delay = (metric, of = runs) => of.ext.map((r, i) => r[metric] - of.plain[i][metric]);
reportFigure({
  name: 'first safe picture painted later (element timing)',
  unit: 'ms',
  samples: delay('element'),
  budget: { max: 16, text: 'no more than one frame (16 ms) later (issue 14)' },
});
reportFigure({ name: 'largest contentful paint later', unit: 'ms', samples: delay('lcp') });
reportFigure({ name: 'first contentful paint later', unit: 'ms', samples: delay('fcp') });
reportFigure({ name: 'of which: parsing done later (domInteractive)', unit: 'ms', samples: delay('parsed') });
reportFigure({ name: 'of which: DOMContentLoaded handlers longer', unit: 'ms', samples: delay('dclHandlers') });
reportFigure({ name: 'front page: parsing done later (domInteractive)', unit: 'ms', samples: delay('parsed', frontRuns) });
reportFigure({ name: 'front page: largest contentful paint later', unit: 'ms', samples: delay('lcp', frontRuns) });
