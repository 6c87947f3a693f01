// Reading view: time from the request (the popup's message) to the article painted in the reader
// tab, on a large news page, beside Readability's own parse time on the same page in the same
// Chromium. Prints figures; asserts nothing. Run alone: npm run bench -- reader
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reportFigure } from './lib/figures.mjs';
import { launchBrowser, startFixtureServer } from './lib/browsers.mjs';

const ROUNDS = Number(process.env.READER_BENCH_ROUNDS ?? 12);
const PAGES = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'reader-pages');
const READABILITY = await readFile(resolve(import.meta.dirname, '..', '..', 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');

const server = await startFixtureServer(PAGES);
const pageUrl = server.url('/large/');
const browser = await launchBrowser(true);
const { context } = browser;
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const source = await context.newPage();
  await source.goto(pageUrl);
  const decided = await source
    .waitForFunction(() => [...document.querySelectorAll('article img')].every((img) => img.hasAttribute('data-forewarn')), undefined, { timeout: 15_000 })
    .then(() => true, () => false);
  const sender = await context.newPage();
  await sender.goto(`chrome-extension://${extensionId}/reader.html`);
  const tabId = await sender.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, pageUrl);

  const total = [];
  const inReader = [];
  const snapshot = [];
  const pageStart = [];
  const extract = [];
  const boot = [];
  const paint = [];
  let snapshotChars = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const opened = context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
    await sender.evaluate((id) => chrome.runtime.sendMessage({ type: 'forewarn:open-reader', tabId: id }), tabId);
    const reader = await opened;
    await reader.waitForSelector('html[data-reader-state="ready"]', { timeout: 30_000 });
    const figures = await reader.evaluate(() => ({
      renderMs: Number(document.documentElement.dataset.renderMs),
      snapshotMs: Number(document.documentElement.dataset.snapshotMs),
      pageStartMs: Number(document.documentElement.dataset.pageStartMs),
      extractMs: Number(document.documentElement.dataset.extractMs),
      bootMs: Number(document.documentElement.dataset.bootMs),
      paintMs: Number(document.documentElement.dataset.paintMs),
      readabilityMs: Number(document.documentElement.dataset.readabilityMs),
      snapshotChars: Number(document.documentElement.dataset.snapshotChars),
      paragraphs: document.querySelectorAll('.reader-body p').length,
      covers: document.querySelectorAll('.reader-cover').length,
    }));
    if (round > 0) {
      // The first round pays for starting the reader page's code cache; it is reported apart.
      total.push(figures.renderMs);
      inReader.push(figures.readabilityMs);
      snapshot.push(figures.snapshotMs);
      pageStart.push(figures.pageStartMs);
      extract.push(figures.extractMs);
      boot.push(figures.bootMs);
      paint.push(figures.paintMs);
      snapshotChars = figures.snapshotChars;
    } else {
      console.log(`first open (cold): ${figures.renderMs} ms; ${figures.paragraphs} paragraphs, ${figures.covers} covers`);
    }
    await reader.close();
  }
  const sourceChars = (await readFile(resolve(PAGES, 'large', 'index.html'), 'utf8')).length;

  // Readability alone, on the same page in the same browser: a plain tab, no extension involved
  // in the parse, the live document cloned as Readability's README suggests.
  const plain = await context.newPage();
  await plain.goto(pageUrl);
  await plain.evaluate(`${READABILITY}; window.__Readability = Readability;`);
  const parseOnly = await plain.evaluate((rounds) => {
    const times = [];
    for (let i = 0; i < rounds + 1; i++) {
      const clone = document.cloneNode(true);
      const t0 = performance.now();
      new window.__Readability(clone).parse();
      if (i > 0) times.push(performance.now() - t0);
    }
    return times;
  }, ROUNDS);

  const note = `large page: ${Math.round(sourceChars / 1024)} KB of HTML served, snapshot ${Math.round(snapshotChars / 1024)} KB, ${decided ? 'all pictures decided' : 'some pictures still pending'}`;
  reportFigure({ name: 'reader: request → article painted', unit: 'ms', samples: total, note });
  reportFigure({ name: 'reader: page snapshot (content script)', unit: 'ms', samples: snapshot, note: 'part of the first figure' });
  reportFigure({ name: 'reader: request → reader page starts', unit: 'ms', samples: pageStart, note: 'snapshot, handoff, new tab; part of the first figure' });
  reportFigure({ name: 'reader: page boot (scripts, storage reads)', unit: 'ms', samples: boot, note: 'part of the first figure' });
  reportFigure({ name: 'reader: parse + Readability + sanitize', unit: 'ms', samples: extract, note: 'part of the first figure' });
  reportFigure({ name: 'reader: render and paint', unit: 'ms', samples: paint, note: 'Preact render to the next frame; part of the first figure' });
  reportFigure({ name: 'reader: Readability inside the reader', unit: 'ms', samples: inReader, note: 'on the snapshot; part of the figure above' });
  reportFigure({ name: 'Readability alone on the same page', unit: 'ms', samples: parseOnly, note: 'document.cloneNode + parse in a plain tab' });
} finally {
  await browser.close();
  await server.close();
}
