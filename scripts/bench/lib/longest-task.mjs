// The page's longest main-thread task in a trace, and how much of it ran the extension's script.
// Comparing the longest task with and without the extension is noisy on a huge page (its length
// follows how many image loads Blink left for the end of parsing: 4,000 to 17,000 in loads of
// the same page); the extension's own script inside that task is what the extension adds to it.

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.run', 'v8.callFunction']);

/** Trace categories the reading needs (light: top-level tasks and script calls). */
export const LONGEST_TASK_CATEGORIES = ['toplevel', 'devtools.timeline', '__metadata'];

/**
 * { taskMs, extensionMs }: the longest task on the busiest renderer main thread, and the time of
 * the outermost script calls inside it whose script is an extension's (chrome-extension:// or
 * moz-extension://), nested calls counted once.
 */
export function longestTaskShare(events) {
  const rendererMain = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && rendererMain.has(`${e.pid}:${e.tid}`));
  const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  if (!longest) return { taskMs: Number.NaN, extensionMs: Number.NaN };
  const thread = `${longest.pid}:${longest.tid}`;
  const end = longest.ts + longest.dur;
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
  return { taskMs: longest.dur / 1000, extensionMs: extension / 1000 };
}
