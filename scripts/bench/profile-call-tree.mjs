// The content script's call tree over a page load, averaged over five loads: inclusive time per
// call path (functions of content.js, with the native calls they make), indented. A tool for
// finding what to fix, not a bench (no FIGURE lines). Builds unminified into .output-bench-profile.
//   node scripts/bench/profile-call-tree.mjs [page-url-path] [min-ms] [max-depth] [--no-build]
//   e.g. node scripts/bench/profile-call-tree.mjs /first-paint/ordinary-article.html 0.5 6
// STORED_SETTINGS=1 stores a settings record first (a reader who changed a setting).
import { register } from 'tsx/esm/api';
import { buildForProfile, PROFILE_OUT_DIR, waitForDecisions } from './lib/profile-build.mjs';
process.env.FOREWARN_OUT_DIR = PROFILE_OUT_DIR;
const [pageArg = '/first-paint/ordinary-article.html', minMs = '0.8', maxDepth = '7'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!process.argv.includes('--no-build')) await buildForProfile();
register();
const { BENCH_PAGES, launchBrowser, startFixtureServer, settle } = await import('./lib/browsers.mjs');
const server = await startFixtureServer(BENCH_PAGES);
const browser = await launchBrowser(true);
if (process.env.STORED_SETTINGS) {
  const [sw] = browser.context.serviceWorkers().length ? browser.context.serviceWorkers() : [await browser.context.waitForEvent('serviceworker')];
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, sensitivity: 'balanced', categories: ['dead-bodies','torture','execution','injury','remains'], revealStyle: 'full', reader: { theme: 'dark', font: 'atkinson', fontSize: 20, lineHeight: 1.6, contentWidth: 68, foldGraphicPassages: false }, updatedAt: 1 }, 'site:127.0.0.1': { mode: 'detect', updatedAt: 2 } }));
  console.log('stored settings');
}
// A first load, not counted: it races the background's first writes after install (the cover
// wording among them), so its covers asked i18n and it alone added ~6 ms of getMessage.
{
  const page = await browser.context.newPage();
  await page.goto(server.url(pageArg), { waitUntil: 'load' });
  await waitForDecisions(page);
  await page.close();
}
const agg = new Map();
const ROUNDS = 5;
for (let r = 0; r < ROUNDS; r++) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(pageArg), { waitUntil: 'load' });
  await waitForDecisions(page);
  await settle(page);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) selfMs.set(profile.samples[i], (selfMs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  const incl = (n) => (selfMs.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + incl(byId.get(c)), 0);
  const isContent = (n) => n.callFrame.url.includes('content-scripts/content.js');
  const walk = (n, path, inside) => {
    const name = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
    const nowInside = inside || isContent(n);
    const p = nowInside ? [...path, isContent(n) ? name : `[${n.callFrame.functionName || n.callFrame.url || 'native'}]`] : path;
    if (nowInside) { const k = p.join(' > '); agg.set(k, (agg.get(k) ?? 0) + incl(n) / ROUNDS); }
    for (const c of n.children ?? []) walk(byId.get(c), p, nowInside);
  };
  walk(profile.nodes[0], [], false);
}
const rows = [...agg].filter(([k, v]) => v >= Number(minMs) && k.split(' > ').length <= Number(maxDepth)).sort((a, b) => a[0].localeCompare(b[0]));
for (const [k, v] of rows) { const parts = k.split(' > '); console.log(`${v.toFixed(1).padStart(6)} ms ${'  '.repeat(parts.length - 1)}${parts.at(-1)}`); }
await browser.close(); await server.close();
