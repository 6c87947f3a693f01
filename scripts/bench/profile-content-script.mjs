// Where the content script spends a page load: builds an unminified extension into
// .output-bench-profile (so function names survive), loads bench pages with the CDP sampling
// profiler running, and prints the self time of the content script's functions (a forced
// layout or style recalculation counts as self time of the function that forced it).
//   node scripts/bench/profile-content-script.mjs [page.html …] [--no-build]
// Not a bench (prints no FIGURE lines); a tool for finding what to fix.
import { register } from 'tsx/esm/api';
import { buildForProfile, PROFILE_OUT_DIR, waitForDecisions } from './lib/profile-build.mjs';
import { startTrace } from './lib/trace.mjs';

process.env.FOREWARN_OUT_DIR = PROFILE_OUT_DIR;
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('--'));

if (!args.includes('--no-build')) await buildForProfile();
register();
const { BENCH_PAGES, launchBrowser, startFixtureServer, settle } = await import('./lib/browsers.mjs');

const server = await startFixtureServer(BENCH_PAGES);
const browser = await launchBrowser(true);
try {
  for (const name of names.length ? names : ['article-1.html', 'gallery-1.html', 'live-2.html', 'front-1.html']) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const url = name.includes('/') ? name : `/pages/${name}`;
    await page.goto(server.url(url), { waitUntil: 'load' });
    await waitForDecisions(page);
    await settle(page);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    report(name, profile);
    await forcedLayouts(url);
  }
} finally {
  await browser.close();
  await server.close();
}

/** A second load under a timeline trace: style and layout work forced from script (the trace
 * records a JS stack only for those), summed by the function that forced it. */
async function forcedLayouts(url) {
  const page = await browser.context.newPage();
  const trace = await startTrace(await browser.context.newCDPSession(page), [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'disabled-by-default-devtools.timeline.stack',
  ]);
  await page.goto(server.url(url), { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.images].every((i) => i.hasAttribute('data-forewarn')), undefined, { timeout: 15_000 }).catch(() => {});
  await settle(page);
  const { events } = await trace.stop();
  await page.close();
  let all = 0;
  let forced = 0;
  const by = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree')) continue;
    const ms = (e.dur ?? 0) / 1000;
    all += ms;
    const stack = e.args?.beginData?.stackTrace;
    if (!stack?.length) continue;
    forced += ms;
    const where = stack.slice(0, 2).map((f) => `${f.functionName || '(anonymous)'}:${f.lineNumber}`).join(' ← ');
    const key = `${e.name} in ${where}`;
    const [sum, count] = by.get(key) ?? [0, 0];
    by.set(key, [sum + ms, count + 1]);
  }
  console.log(`  style+layout: ${all.toFixed(0)} ms, of which forced by script: ${forced.toFixed(0)} ms`);
  for (const [key, [ms, count]] of [...by].sort((a, b) => b[1][0] - a[1][0]).slice(0, 8)) {
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${String(count).padStart(4)}×  ${key}`);
  }
}

function report(name, profile) {
  const dt = new Map();
  // Time per sample: the gap to the next one.
  for (let i = 0; i < profile.samples.length; i++) {
    const gap = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + gap);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isContent = (n) => n.callFrame.url.includes('content-scripts/content.js');
  const self = new Map();
  const inclusive = new Map();
  let contentTotal = 0;
  let total = 0;
  for (const [id, ms] of dt) {
    const node = byId.get(id);
    total += ms;
    // Attribute native/GC/program time to the nearest content-script frame above it, if any.
    let n = node;
    while (n && !isContent(n)) n = byId.get(parent.get(n.id));
    if (!n) continue;
    contentTotal += ms;
    // Inclusive time: every distinct content-script function on the stack.
    const seen = new Set();
    for (let a = n; a; a = byId.get(parent.get(a.id))) {
      if (!isContent(a)) continue;
      const fn = `${a.callFrame.functionName || '(anonymous)'}:${a.callFrame.lineNumber + 1}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
    }
    const key = node === n ? `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}` : `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1} → ${node.callFrame.functionName || node.callFrame.url || '(native)'}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  }
  console.log(`\n${name}: ${total.toFixed(0)} ms sampled, ${contentTotal.toFixed(0)} ms under the content script`);
  console.log('  self time:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 22)) {
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  }
  console.log('  inclusive time:');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 22)) {
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
  }
}
