// What a small page (an ad frame's page, loaded as the tab) costs the main thread, for builds
// loaded in turn: a browser per build, one load each in turn, so a machine's load drifting
// touches all alike. Reads the renderer's own counters (Performance.getMetrics: ScriptDuration,
// TaskDuration) after the page's pictures are decided and it is quiet. A tool for comparing
// builds (it prints, it is not a bench); the page's own script is the same in every column.
// And, from a trace, the content script's own slices (its evaluation, its calls): their wall
// time and their thread CPU time (tdur), which a busy machine inflates less.
//   node scripts/bench/timeline.mjs --build-into=/tmp/base   (in the base tree; again for after)
//   FOREWARN_FRAME_BUILDS=base=/tmp/base,after=/tmp/after node scripts/bench/frame-cpu.mjs [page-url-path] [loads]
// A build named `none` is the browser without any extension.
// A page whose frames are from another site (/fixed-cost/ad-frames-cross-site.html) runs them in
// a renderer of their own: the slices are then those of the process that evaluated content.js
// most often (the frames'). The /proc main-thread CPU of the renderer the slices ran in is printed
// too (a cross-site frames' renderer from the load's start, the page's since its process began).
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';
import { waitForDecisions } from './lib/profile-build.mjs';
import { startTrace } from './lib/trace.mjs';

register();
const { BENCH_PAGES, launchBrowser, startFixtureServer, settle } = await import('./lib/browsers.mjs');
const { mainThreadCpu, rendererCpu } = await import('./lib/page-load.mjs');
const [pagePath = '/ads/leaderboard.html', loadsArg = '15'] = process.argv.slice(2);
const LOADS = Number(loadsArg);
const builds = (process.env.FOREWARN_FRAME_BUILDS ?? '').split(',').filter(Boolean).map((pair) => {
  const [name, dir] = pair.split('=');
  return { name, dir: dir ? resolve(dir, 'chrome-mv3') : undefined };
});
if (!builds.length) throw new Error('FOREWARN_FRAME_BUILDS=name=dir,… is required');

const server = await startFixtureServer(BENCH_PAGES);
const url = server.url(pagePath);
for (const b of builds) b.browser = b.name === 'none' ? await launchBrowser(false) : await launchBrowser(false, [], b.dir);

async function load(b) {
  const page = await b.browser.context.newPage();
  try {
    const cdp = await b.browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const trace = await startTrace(await b.browser.context.newCDPSession(page), ['toplevel', '__metadata', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline']);
    const renderersBefore = await rendererCpu();
    await page.goto(url, { waitUntil: 'load' });
    if (b.name !== 'none') await waitForDecisions(page);
    await settle(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const { events } = await trace.stop();
    const get = (name) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
    const { pid, MainThreadCpuMs, framesCpu } = await mainThreadCpu(events, renderersBefore);
    const slices = contentSlices(events);
    // The /proc CPU of the renderer whose slices these are (the page's since its process began).
    const renderer = slices.pid === pid ? MainThreadCpuMs : (framesCpu.get(slices.pid) ?? Number.NaN);
    return { script: get('ScriptDuration'), task: get('TaskDuration'), renderer, ...slices };
  } finally {
    await page.close();
  }
}

/**
 * The content script's outermost slices on the tab's main thread: wall and thread time, in ms.
 * And the same with the thread's microtasks (`RunMicrotasks`) beside them: a storage answer's
 * promise callbacks (the first decision, the first pass's cold reading) run there, not in a
 * FunctionCall of content.js; they hold the page's own promise callbacks too, alike in every build.
 */
function contentSlices(events) {
  const isOurs = (e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && String((e.args?.data ?? {}).url ?? '').includes('content-scripts/content.js');
  const evaluations = new Map();
  for (const e of events) if (e.ph === 'X' && e.name === 'EvaluateScript' && isOurs(e)) evaluations.set(e.pid, (evaluations.get(e.pid) ?? 0) + 1);
  // The process that evaluated the script most often: the page's, or its cross-site frames'.
  const pid = [...evaluations].sort((a, b) => b[1] - a[1])[0]?.[0];
  const ours = events.filter((e) => e.ph === 'X' && isOurs(e) && e.pid === pid);
  const tid = ours[0]?.tid;
  const outermost = (list) => {
    let wall = 0;
    let cpu = 0;
    let end = -Infinity;
    for (const e of list.sort((a, b) => a.ts - b.ts)) {
      if (e.ts < end) continue;
      end = e.ts + e.dur;
      wall += e.dur / 1000;
      cpu += (e.tdur ?? NaN) / 1000;
    }
    return { wall, cpu };
  };
  const withMicrotasks = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && (isOurs(e) || e.name === 'RunMicrotasks'));
  const { wall, cpu } = outermost(ours);
  return { pid, wall, cpu, microCpu: outermost(withMicrotasks).cpu };
}

// A first load each, not counted (the background's first writes after install race it).
for (const b of builds) await load(b);
for (const b of builds) b.runs = [];
for (let i = 0; i < LOADS; i++) for (const b of builds) b.runs.push(await load(b));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor((s.length - 1) / 4)].toFixed(1)}–${s[Math.ceil((3 * (s.length - 1)) / 4)].toFixed(1)}`;
};
console.log(`${pagePath}, ${LOADS} loads per build in turn: medians (interquartile range) in ms`);
for (const b of builds) {
  const script = b.runs.map((r) => r.script);
  const task = b.runs.map((r) => r.task);
  const wall = b.runs.map((r) => r.wall);
  const cpu = b.runs.map((r) => r.cpu);
  const microCpu = b.runs.map((r) => r.microCpu);
  const renderer = b.runs.map((r) => r.renderer);
  console.log(`  ${b.name.padEnd(8)} script ${median(script).toFixed(1).padStart(6)} (${quartiles(script)})   task ${median(task).toFixed(1).padStart(6)} (${quartiles(task)})`);
  console.log(`  ${''.padEnd(8)} content.js slices: wall ${median(wall).toFixed(1).padStart(6)} (${quartiles(wall)})   thread CPU ${median(cpu).toFixed(1).padStart(6)} (${quartiles(cpu)})   with microtasks ${median(microCpu).toFixed(1).padStart(6)} (${quartiles(microCpu)})`);
  if (b.name !== 'none') console.log(`  ${''.padEnd(8)} that renderer's main-thread CPU (/proc, 10 ms ticks) ${median(renderer).toFixed(1).padStart(6)} (${quartiles(renderer)})`);
}
for (const b of builds) await b.browser.close();
await server.close();
