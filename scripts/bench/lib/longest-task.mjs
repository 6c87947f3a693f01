// The page's longest main-thread task in a trace, how much of it ran the extension's script, and
// how many image loads Blink ran in it. Comparing the longest task with and without the extension
// is noisy on a huge page: its length follows how many of the parser's image loads Blink runs
// together in one task (on the 20,000-picture page about 17,500 in most loads and 0 to 3,200 in
// others, with or without an extension, and whether Forewarn decides while the parser runs or
// not). The extension's own script inside that task is what the extension adds to it.

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.run', 'v8.callFunction']);

/** Trace categories the reading needs: top-level tasks, script calls and resource requests. */
export const LONGEST_TASK_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink', '__metadata'];
/** One image load the page asked for (a data: URL here, so no network wait inside it). */
const IMAGE_LOAD_EVENT = 'ResourceFetcher::requestResource';

/**
 * { taskMs, extensionMs, imageLoads }: the longest task on the busiest renderer main thread, the
 * time of the outermost script calls inside it whose script is an extension's (chrome-extension://
 * or moz-extension://), nested calls counted once, and the resource requests it made.
 */
export function longestTaskShare(events) {
  const rendererMain = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && rendererMain.has(`${e.pid}:${e.tid}`));
  const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  if (!longest) return { taskMs: Number.NaN, extensionMs: Number.NaN, imageLoads: Number.NaN };
  const thread = `${longest.pid}:${longest.tid}`;
  const end = longest.ts + longest.dur;
  const imageLoads = events.filter((e) => e.name === IMAGE_LOAD_EVENT && `${e.pid}:${e.tid}` === thread && e.ts >= longest.ts && e.ts <= end).length;
  const calls = events
    .filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && `${e.pid}:${e.tid}` === thread && e.ts >= longest.ts && e.ts + e.dur <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let extension = 0;
  let coveredUntil = -1;
  for (const call of calls) {
    if (call.ts < coveredUntil) continue; // nested in a call counted already
    const url = String(call.args?.data?.url ?? call.args?.data?.fileName ?? '');
    if (!/^(chrome|moz)-extension:\/\//.test(url)) continue;
    extension += call.dur;
    coveredUntil = call.ts + call.dur;
  }
  return { taskMs: longest.dur / 1000, extensionMs: extension / 1000, imageLoads };
}
