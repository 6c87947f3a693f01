// How much later the first safe picture on an ordinary article is painted with the extension:
// Element Timing (renderTime of the lead picture, which carries elementtiming), Largest
// Contentful Paint and First Contentful Paint, read from buffered performance entries, with and
// without the extension, alternating, RUNS loads each way in fresh tabs.
// Figure: per round, with − without (adjacent loads); the median of those differences.
//   FOREWARN_BENCH_RUNS=30 node scripts/bench/first-paint.bench.mjs   (default 20)
import { BENCH_PAGES, launchBrowser, startFixtureServer } from './lib/browsers.mjs';
import { formatNumber, reportFigure, summarize } from './lib/figures.mjs';

const RUNS = Number(process.env.FOREWARN_BENCH_RUNS ?? 20);
const PAGE = '/first-paint/ordinary-article.html';
const ELEMENT_ID = 'lead-image';

const server = await startFixtureServer(BENCH_PAGES);
const plain = await launchBrowser(false);
const withExtension = await launchBrowser(true);
const runs = { plain: [], ext: [] };
let failures = 0;
try {
  for (const b of [plain, withExtension]) await paintTimes(b); // warm-up, not counted
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? [plain, withExtension] : [withExtension, plain];
    const pair = {};
    for (const b of order) pair[b.withExtension ? 'ext' : 'plain'] = await paintTimes(b);
    if (pair.plain && pair.ext) {
      runs.plain.push(pair.plain);
      runs.ext.push(pair.ext);
    } else failures++;
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}

if (runs.plain.length < RUNS / 2) {
  console.error(`Could not read paint timings (${failures} of ${RUNS} rounds failed).`);
  process.exit(1);
}

/** Loads the page in a fresh tab and reads the paint entries once the lead picture is painted. */
async function paintTimes(browser) {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url(PAGE), { waitUntil: 'load' });
    return await page.evaluate(
      (id) =>
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
      ELEMENT_ID,
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
const delay = (metric) => runs.ext.map((r, i) => r[metric] - runs.plain[i][metric]);
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
