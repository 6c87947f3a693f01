// Memory after an infinite-scroll page adds and removes 10,000 pictures (a fifth of them with
// graphic captions, so covers are made and dropped too), with and without the extension.
// After forced garbage collection (CDP HeapProfiler.collectGarbage) it reads:
//  - the JS heap (Runtime.getHeapUsage; one V8 heap holds the page's world and the content
//    script's isolated world, so this is both);
//  - DOM counters (Memory.getDOMCounters: nodes, listeners);
//  - removed <img> still alive, counted per world with Runtime.queryObjects: in the page's world
//    and, when reachable, in the content script's isolated world (what Forewarn still holds).
// Growth = after − before, per run; REPEATS fresh tabs each way.
//   FOREWARN_BENCH_REPEATS=5 node scripts/bench/memory.bench.mjs   (default 3)
import { BENCH_PAGES, launchBrowser, settle, startFixtureServer } from './lib/browsers.mjs';
import { formatNumber, reportFigure, summarize } from './lib/figures.mjs';

const REPEATS = Number(process.env.FOREWARN_BENCH_REPEATS ?? 3);
const TOTAL = 10_000;
const PAGE = '/infinite-scroll/feed.html';
const MB = 1024 * 1024;

const server = await startFixtureServer(BENCH_PAGES);
const plain = await launchBrowser(false);
const withExtension = await launchBrowser(true);
const runs = { plain: [], ext: [] };
try {
  for (let i = 0; i < REPEATS; i++) {
    const order = i % 2 === 0 ? [plain, withExtension] : [withExtension, plain];
    for (const b of order) {
      const r = await feedRun(b);
      runs[b.withExtension ? 'ext' : 'plain'].push(r);
      console.log(
        `${b.withExtension ? 'with   ' : 'without'} run ${i + 1}: heap ${formatNumber(r.before.heap / MB)} → ${formatNumber(r.mid.heap / MB)} → ${formatNumber(r.after.heap / MB)} MB, ` +
          `nodes ${r.before.nodes} → ${r.mid.nodes} → ${r.after.nodes}, listeners ${r.before.listeners} → ${r.mid.listeners} → ${r.after.listeners}, ` +
          `removed <img> alive: page world ${r.after.detachedPage}, extension world ${r.after.detachedExtension ?? 'n/a'}` +
          (r.covers === undefined ? '' : `, covers made ${r.covers}`) +
          ` (${r.seconds.map((x) => x.toFixed(0)).join(' s + ')} s)`,
      );
    }
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}

async function feedRun(browser) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  cdp.on('Runtime.executionContextsCleared', () => (contexts.length = 0));
  await cdp.send('Runtime.enable');
  try {
    await page.goto(server.url(PAGE), { waitUntil: 'load' });
    await settle(page);
    const result = { before: await snapshot(cdp, contexts) };
    // Count covers as they are made: the feed drops them with their stories.
    await page.evaluate(() => {
      window.__coversSeen = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.localName === 'forewarn-cover') window.__coversSeen++;
      }).observe(document.getElementById('feed'), { childList: true, subtree: true });
    });
    // Twice: the first 10,000 pays one-time costs (compiled code, lexicon caches); growth over the
    // second is what a leak would add again and again.
    for (const phase of ['mid', 'after']) {
      const t0 = Date.now();
      const made = await page.evaluate((total) => window.forewarnBenchFeed(total), TOTAL);
      if (made % TOTAL !== 0) throw new Error(`the feed made ${made} pictures`);
      await settle(page, 500);
      result[phase] = await snapshot(cdp, contexts);
      result.seconds = [...(result.seconds ?? []), (Date.now() - t0) / 1000];
    }
    const covers = browser.withExtension ? await page.evaluate(() => window.__coversSeen) : undefined;
    return { ...result, covers };
  } finally {
    await page.close();
  }
}

async function snapshot(cdp, contexts) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const main = contexts.find((c) => c.auxData?.isDefault && c.origin.startsWith('http'));
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  return {
    heap: usedSize,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    detachedPage: main ? await detachedImages(cdp, main.id) : undefined,
    detachedExtension: isolated ? await detachedImages(cdp, isolated.id) : undefined,
  };
}

/** <img> elements no longer in the document that this world's heap still holds. */
async function detachedImages(cdp, contextId) {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'HTMLImageElement.prototype', contextId });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.filter((img) => !img.isConnected).length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.result.objectId });
  return result.value;
}

const growth = (rows, key, from, to) => rows.map((r) => r[to][key] - r[from][key]);
const first = { plain: growth(runs.plain, 'heap', 'before', 'mid').map((b) => b / MB), ext: growth(runs.ext, 'heap', 'before', 'mid').map((b) => b / MB) };
const second = { plain: growth(runs.plain, 'heap', 'mid', 'after').map((b) => b / MB), ext: growth(runs.ext, 'heap', 'mid', 'after').map((b) => b / MB) };
for (const [label, g] of [['first', first], ['second', second]]) {
  const p = summarize(g.plain);
  const e = summarize(g.ext);
  console.log(
    `heap growth over the ${label} ${TOTAL}: without ${formatNumber(p.median)} MB (${formatNumber(p.lo)}–${formatNumber(p.hi)}), ` +
      `with ${formatNumber(e.median)} MB (${formatNumber(e.lo)}–${formatNumber(e.hi)}), ${p.spread}, n=${p.n}`,
  );
}
// Noise: how far the heap moves between runs and phases without the extension (GC timing, code
// and inline caches), never taken as less than 0.25 MB.
const plainAll = [...first.plain, ...second.plain];
const noise = Math.max(0.25, Math.max(...plainAll) - Math.min(...plainAll));
const plainSecond = summarize(second.plain).median;
reportFigure({
  name: `heap growth per further ${TOTAL} pictures, with minus without`,
  unit: 'MB',
  samples: second.ext.map((x) => x - plainSecond),
  budget: { max: noise, text: `within noise (${formatNumber(noise)} MB)` },
});
reportFigure({ name: `heap growth over the first ${TOTAL}, with minus without`, unit: 'MB', samples: first.ext.map((x) => x - summarize(first.plain).median) });
reportFigure({ name: `live DOM nodes after ${2 * TOTAL}, with minus without`, unit: 'nodes', samples: runs.ext.map((r, i) => r.after.nodes - runs.plain[i].after.nodes) });
reportFigure({ name: `event listeners after ${2 * TOTAL}, with minus without`, unit: '', samples: runs.ext.map((r, i) => r.after.listeners - runs.plain[i].after.listeners) });
reportFigure({ name: 'removed <img> still alive in the extension world', unit: '', samples: runs.ext.map((r) => r.after.detachedExtension ?? Number.NaN) });
