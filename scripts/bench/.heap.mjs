import { BENCH_PAGES, launchBrowser, startFixtureServer, settle } from './lib/browsers.mjs';
const server = await startFixtureServer(BENCH_PAGES);
const b = await launchBrowser(true);
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
await page.goto(server.url('/infinite-scroll/feed.html'), { waitUntil: 'load' });
await settle(page);
await page.evaluate(() => window.forewarnBenchFeed(1000)); await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('feed=')).length >= 1000, undefined, {timeout: 60000, polling: 250});
await settle(page, 500);
for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
let chunks = [];
cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
const snap = JSON.parse(chunks.join(''));
await b.close(); await server.close();
const m = snap.snapshot.meta; const NF = m.node_fields.length, EF = m.edge_fields.length;
const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
const nType = m.node_types[0], eType = m.edge_types[0];
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) { firstEdge[i] = e; e += nodes[i * NF + m.node_fields.indexOf('edge_count')] * EF; } firstEdge[N] = edges.length;
const ret = Array.from({ length: N }, () => []);
const toIdx = m.edge_fields.indexOf('to_node'), tyIdx = m.edge_fields.indexOf('type'), nmIdx = m.edge_fields.indexOf('name_or_index');
for (let i = 0; i < N; i++) for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) { const to = edges[e + toIdx] / NF; const t = eType[edges[e + tyIdx]]; if (t === 'weak' || t === 'shortcut') continue; ret[to].push([i, t === 'element' || t === 'hidden' ? '[' + edges[e + nmIdx] + ']' : strings[edges[e + nmIdx]]]); }
const name = (i) => strings[nodes[i * NF + 1]];
const dIdx = m.node_fields.indexOf('detachedness'); console.log('fields', m.node_fields.join(','));
const names = new Map(); for (let i = 0; i < N; i++) { const nm = name(i); if (/img|Image/i.test(nm) && nType[nodes[i*NF]] !== 'string') names.set(nm, (names.get(nm)??0)+1); } console.log([...names].sort((a,b)=>b[1]-a[1]).slice(0,12));
const detached = []; for (let i = 0; i < N; i++) if ((name(i) === 'HTMLImageElement' || name(i).startsWith('<img')) && nodes[i*NF+dIdx] !== 1) detached.push(i);
console.log('detached img nodes', detached.length, [...new Set(detached.map(name))].slice(0,5));
// BFS from a few detached images up retainers, print shortest path to a non-detached root-ish node
console.log('detachedness values', [...new Set(detached.map(i=>nodes[i*NF+dIdx]))]); for (const start of detached.filter((_, k) => k % 97 === 0).slice(0, 5)) {
  const prev = new Map([[start, null]]); const q = [start]; let found = null;
  while (q.length && !found) { const x = q.shift(); for (const [p, en] of ret[x]) { if (prev.has(p)) continue; prev.set(p, [x, en]); if (/^\(GC roots\)|^\(Global handles\)|Window|^system \/ NativeContext/.test(name(p)) || prev.size > 200000) { found = p; break; } q.push(p); } }
  const path = []; for (let x = found; x !== null && x !== undefined; ) { const pr = prev.get(x); if (!pr) { path.push(name(x)); break; } path.push(name(x).slice(0, 50) + ' -' + pr[1] + '->'); x = pr[0]; }
  console.log(path.join(' '));
}
