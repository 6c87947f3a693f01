import { BENCH_PAGES, launchBrowser, startFixtureServer, settle } from './lib/browsers.mjs';
const server = await startFixtureServer(BENCH_PAGES);
const b = await launchBrowser(process.env.PLAIN ? false : true);
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' });
await page.goto(server.url(process.argv[2]), { waitUntil: 'load' });
await page.waitForFunction(() => [...document.images].every((i) => i.hasAttribute('data-forewarn')), undefined, { timeout: 15000 }).catch(() => {});
await settle(page);
await cdp.send('Tracing.end'); await done;
const agg = new Map(); let forced = 0, all = 0;
for (const e of events) {
  if (e.ph !== 'X' || !['Layout', 'UpdateLayoutTree'].includes(e.name)) continue;
  const ms = (e.dur ?? 0) / 1000; all += ms;
  const st = e.args?.beginData?.stackTrace;
  if (!st?.length) continue;
  forced += ms;
  const top = st.slice(0, 2).map((f) => `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ');
  const k = `${e.name} ${top}`; const v = agg.get(k) ?? [0, 0]; v[0] += ms; v[1]++; agg.set(k, v);
}
const cnt = {}; for (const e of events) if (e.ph === 'X' && ['Layout','UpdateLayoutTree','Paint','PrePaint','ParseAuthorStyleSheet','FunctionCall','EvaluateScript'].includes(e.name)) { cnt[e.name] ??= [0,0]; cnt[e.name][0]++; cnt[e.name][1] += (e.dur??0)/1000; }
console.log(JSON.stringify(Object.fromEntries(Object.entries(cnt).map(([k,[n,ms]])=>[k, n + 'x ' + ms.toFixed(0) + 'ms']))));
console.log('layout+style total', all.toFixed(0), 'ms; with JS stack (forced)', forced.toFixed(0), 'ms');
for (const [k, [ms, n]] of [...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 15)) console.log(ms.toFixed(1).padStart(8), 'ms', String(n).padStart(4), 'x', k);
await b.close(); await server.close();
