import { readdir, readFile } from 'node:fs/promises';
import { settle } from './browsers.mjs';
import { startTrace } from './trace.mjs';

/** Linux clock ticks per second (getconf CLK_TCK); 100 on every common kernel. */
const CLOCK_TICKS = 100;

// One measured page load: a fresh tab, CDP Performance metrics and a light trace ("toplevel"
// tasks only) started before navigation, the page loaded and (with the extension) every picture
// decided, then a quiet pause so trailing work is counted too. Both browsers run exactly the
// same steps; only the extension differs.
//
// Two measures of main-thread time:
//  - TaskDuration (Performance.getMetrics): wall-clock length of the renderer main thread's
//    tasks. On a busy 2-core machine a task that is descheduled keeps counting, so it moves by
//    ±50 % from load to load.
//  - main-thread CPU time: what the page's renderer main thread really computed (Linux /proc,
//    10 ms ticks), stable to a few per cent under load, so it is the figure the budget is held to.

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount'];
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const DECIDE_TIMEOUT_MS = 15_000;

export async function measurePageLoad(browser, url, { quietMs = 300 } = {}) {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const trace = await startTrace(cdp, ['toplevel', '__metadata']);
    const renderersBefore = await rendererCpu();
    await page.goto(url, { waitUntil: 'load' });
    const decided = await allDecided(page, browser.withExtension);
    await settle(page, quietMs);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const { events, dataLossOccurred } = await trace.stop();
    const values = Object.fromEntries(metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value]));
    const counts = await page.evaluate(() => ({
      images: document.images.length,
      covered: document.querySelectorAll('[data-forewarn="covered"]').length,
      elements: document.getElementsByTagName('*').length,
    }));
    const time = await mainThreadCpu(events, renderersBefore);
    return { ...values, ...time, ...counts, decided, traceLost: dataLossOccurred };
  } finally {
    await page.close();
  }
}

/**
 * CPU time of the page's renderer main thread since its process started (a navigation to a new
 * site in a new tab gets a new renderer process): utime + stime of that thread from /proc. The
 * trace only tells which process is the page's (the renderer whose main thread ran the most
 * tasks); a trace alone misses a new process's earliest tasks, such as a document_start script.
 * Whole-process CPU (compositor, image decoding, …) is read too.
 */
export async function mainThreadCpu(events, renderersBefore) {
  const rendererMain = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.pid),
  );
  const busy = new Map();
  for (const e of events) {
    if (e.ph === 'X' && TASK_EVENTS.has(e.name) && e.pid === e.tid && rendererMain.has(e.pid)) {
      busy.set(e.pid, (busy.get(e.pid) ?? 0) + (e.dur ?? 0));
    }
  }
  const pid = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!pid) return { MainThreadCpuMs: Number.NaN, ProcessCpuMs: Number.NaN, FrameProcessesCpuMs: Number.NaN, framesCpu: new Map() };
  const framesCpu = new Map();
  return {
    pid,
    MainThreadCpuMs: await cpuMs(`/proc/${pid}/task/${pid}/stat`),
    ProcessCpuMs: await cpuMs(`/proc/${pid}/stat`),
    FrameProcessesCpuMs: await frameProcessesCpu([...busy.keys()].filter((other) => other !== pid), renderersBefore, framesCpu),
    framesCpu,
  };
}

/**
 * Main-thread CPU the load took in the other web renderers that ran tasks during it: the
 * processes of its cross-site frames (site isolation gives each site its own). Extension
 * processes (the service worker's) are left out: they are not a frame's. A process that was
 * there before the load (a spare renderer Chromium keeps ready) counts only what it spent since.
 * Each process counted is set in `counted`, with what it spent.
 */
async function frameProcessesCpu(pids, renderersBefore, counted = new Map()) {
  let total = 0;
  for (const pid of pids) {
    let cmdline;
    try {
      cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return Number.NaN;
    }
    if (cmdline.includes('--extension-process')) continue;
    const spent = (await cpuMs(`/proc/${pid}/task/${pid}/stat`)) - (renderersBefore.get(pid) ?? 0);
    counted.set(pid, spent);
    total += spent;
  }
  return total;
}

/** Main-thread CPU so far of every Chromium renderer process on the machine, by pid. */
export async function rendererCpu() {
  const out = new Map();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (!(await readFile(`/proc/${name}/cmdline`, 'utf8')).includes('--type=renderer')) continue;
    } catch {
      continue;
    }
    out.set(Number(name), await cpuMs(`/proc/${name}/task/${name}/stat`));
  }
  return out;
}

async function cpuMs(statPath) {
  try {
    const stat = await readFile(statPath, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** Polls from Node (the same cheap query in both browsers, so neither pays for a page-side
 * poller the other does not) until every picture carries a decision. */
export async function allDecided(page, withExtension) {
  const deadline = Date.now() + DECIDE_TIMEOUT_MS;
  for (;;) {
    const done = await page.evaluate(
      (need) => [...document.querySelectorAll('img, video')].every((el) => !need || el.hasAttribute('data-forewarn')),
      withExtension,
    );
    if (done) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Loads every page in every browser `rounds` times, the browsers' order turning each round and
 * page so that none is always first; one warm-up load each before. A long quiet pause per load:
 * Forewarn decides far pictures after the load event. Returns cpu[page][browser name] = the
 * main-thread CPU ms of each load. Closes the browsers and the server at the end.
 */
export async function alternateLoads(browsers, server, pages, rounds, onRound = () => {}) {
  const keys = Object.keys(browsers);
  const cpu = {};
  try {
    for (const b of Object.values(browsers)) await measurePageLoad(b, server.url(pages[0]));
    for (let round = 0; round < rounds; round++) {
      for (const [i, page] of pages.entries()) {
        for (let k = 0; k < keys.length; k++) {
          const key = keys[(k + round + i) % keys.length];
          const load = await measurePageLoad(browsers[key], server.url(page), { quietMs: 1_200 });
          ((cpu[page] ??= {})[key] ??= []).push(load.MainThreadCpuMs);
        }
      }
      onRound(round);
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await server.close();
  }
  return cpu;
}
