// A trace of one thread's work summed by what the renderer spent it on: each event's self time
// (its duration minus its children's) goes to a kind (script compiled, script run, style, layout,
// paint, garbage collection, the HTML parser, image decoding, …); what a task spends outside any
// named event stays "task, not itemized" (IPC, scheduling, loading). Plain JavaScript, pure: the
// cost-by-kind tool feeds it the events of a Chrome trace (lib/trace.mjs).

/** Top-level task events ("toplevel" category): the roots whose sum is the thread's busy time. */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask']);

/**
 * Events that enter JavaScript, by the kind their self time (and the self time of the V8 events
 * under them: v8.run, v8.callFunction, V8.Execute) is counted as.
 */
const SCRIPT_ENTRIES = new Map([
  ['EvaluateScript', 'JS: evaluate script'],
  ['v8.evaluateModule', 'JS: evaluate script'],
  ['FunctionCall', 'JS: function call'],
  ['TimerFire', 'JS: timer'],
  ['FireAnimationFrame', 'JS: animation frame'],
  ['FireIdleCallback', 'JS: idle callback'],
  ['RunMicrotasks', 'JS: microtasks'],
  ['EventDispatch', 'JS: event dispatch'],
  ['XHRReadyStateChange', 'JS: event dispatch'],
  ['XHRLoad', 'JS: event dispatch'],
]);
/** V8's own execution events: counted as the kind of the script entry they run under. */
const V8_RUN = new Set(['v8.run', 'v8.callFunction', 'V8.Execute', 'v8.callModuleMethod']);

/** Kinds by event name (anything else is "other: <name>"), in the order a table lists them. */
const KIND_RULES = [
  [/^(v8\.compile|v8\.compileModule|V8\.Compile|v8\.produceCache|v8\.produceModuleCache|v8\.parseOnBackground|v8\.deserializeOnBackground|CacheScript|CompileScript|v8\.compileEval)/, 'JS: parse and compile'],
  [/GC|^V8\.Scavenge|^CppGC|^BlinkGC/, 'garbage collection'],
  [/^(UpdateLayoutTree|RecalculateStyles)$/, 'style recalculation'],
  [/^Layout$/, 'layout'],
  [/^ParseAuthorStyleSheet$/, 'style sheets parsed'],
  [/^(PrePaint|Paint|PaintSetup|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|CommitLayer|Rasterize)$/, 'paint, pre-paint, layerize'],
  [/^(ParseHTML|HTMLDocumentParser|BackgroundHTMLParser)/, 'HTML parser'],
  [/Decode|LazyPixelRef|ImageDecode/, 'image decoding'],
  [/^(HitTest|ScrollLayer|UpdateScrollAnimations|Animation|IntersectionObserver|ComputeIntersections)/, 'hit tests, scroll, animation, intersections'],
  [/^(Resource|ResourceFetcher|MarkDOMContent|MarkLoad|navigationStart|FrameStartedLoading|CommitLoad)/, 'loading (resource events)'],
];

export const UNITEMIZED = 'task, not itemized (IPC, scheduling, loading)';
/** Suffixes of style and layout run inside a script entry: the script read layout back. */
export const FORCED_BY_EXTENSION = ' (forced by the extension)';
export const FORCED_BY_PAGE = ' (forced by page script)';

/** What an event's own name says it is, before its ancestors are looked at. */
export function kindOfName(name) {
  if (TASKS.has(name)) return UNITEMIZED;
  if (SCRIPT_ENTRIES.has(name)) return SCRIPT_ENTRIES.get(name);
  for (const [re, kind] of KIND_RULES) if (re.test(name)) return kind;
  return `other: ${name}`;
}

/** Complete events of one thread (X, and B/E pairs joined), with a duration, sorted for nesting. */
export function threadSlices(events, pid, tid, { useThreadTime = true } = {}) {
  const slices = [];
  const open = [];
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E'));
  mine.sort((a, b) => a.ts - b.ts);
  for (const e of mine) {
    if (e.ph === 'X') {
      if (e.dur === undefined) continue;
      slices.push({ name: e.name, ts: e.ts, dur: e.dur, cost: useThreadTime && e.tdur !== undefined ? e.tdur : e.dur, args: e.args });
    } else if (e.ph === 'B') {
      open.push(e);
    } else {
      // An end closes the latest open begin of the same name (or the latest of any, unnamed).
      const at = e.name ? open.findLastIndex((b) => b.name === e.name) : open.length - 1;
      if (at < 0) continue;
      const [b] = open.splice(at, 1);
      const tdur = b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : undefined;
      slices.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, cost: useThreadTime && tdur !== undefined ? tdur : e.ts - b.ts, args: { ...b.args, ...e.args } });
    }
  }
  // Parents first: earlier start, then the longer of two that start together.
  return slices.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/** Whether a script entry ran the extension's content script (by the script's URL in its data). */
function isExtensionScript(slice) {
  const data = slice.args?.data ?? slice.args?.beginData ?? {};
  const url = String(data.url ?? data.scriptName ?? '');
  return url.startsWith('chrome-extension://') || url.includes('content-scripts/');
}

/**
 * Sums one thread's self time by kind, in ms. Slices nest by time; a slice's self cost is its cost
 * (thread CPU time when the trace has it, else wall time) minus its children's. V8's execution
 * events count as the script entry above them; style and layout inside a script entry are
 * "forced from script" (read back by the script before the frame), kept apart from the ordinary
 * ones. A script entry whose URL is the extension's is marked "(extension)"; the V8 events under
 * it follow. Returns { byKind: Map kind → ms, counts: Map event name → slices, total: the roots'
 * summed cost, tasks: how many roots }.
 */
export function selfTimeByKind(slices) {
  const byKind = new Map();
  const counts = new Map();
  const add = (kind, ms) => byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  const stack = [];
  let total = 0;
  let tasks = 0;
  const close = (node) => add(node.kind, Math.max(0, node.cost - node.childCost) / 1000);
  for (const s of slices) {
    counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= s.ts) close(stack.pop());
    const parent = stack.at(-1);
    const script = [...stack].reverse().find((n) => n.scriptKind);
    let kind = kindOfName(s.name);
    let scriptKind;
    // A slice runs the extension's script when it names the extension's URL, or names none and
    // runs inside a script entry that does (a function call in the content script's microtasks).
    const extension = isExtensionScript(s) || (!hasUrl(s) && Boolean(script?.extension));
    if (SCRIPT_ENTRIES.has(s.name)) {
      scriptKind = kind;
      if (extension) kind += ' (extension)';
    } else if (V8_RUN.has(s.name)) {
      kind = script ? script.kind : 'JS: function call';
    } else if (kind === 'JS: parse and compile') {
      if (extension) kind += ' (extension)';
    } else if ((kind === 'style recalculation' || kind === 'layout') && script) {
      kind += script.extension ? FORCED_BY_EXTENSION : FORCED_BY_PAGE;
    }
    const node = { ...s, kind, scriptKind, extension, childCost: 0 };
    if (parent) parent.childCost += Math.min(s.cost, parent.cost);
    else {
      total += s.cost / 1000;
      tasks++;
    }
    stack.push(node);
  }
  while (stack.length) close(stack.pop());
  return { byKind, counts, total, tasks };
}

function hasUrl(slice) {
  const data = slice.args?.data ?? slice.args?.beginData ?? {};
  return Boolean(data.url ?? data.scriptName);
}

/**
 * Kinds folded for a table: JS of the extension and of the page kept apart, style and layout
 * forced and not, the rest as named; "other: …" events summed into one row (their names kept in
 * `others`). Returns Map row → ms.
 */
export function foldKinds(byKind) {
  const rows = new Map();
  const others = new Map();
  for (const [kind, ms] of byKind) {
    if (kind.startsWith('other: ')) {
      others.set(kind.slice(7), ms);
      rows.set('other named events', (rows.get('other named events') ?? 0) + ms);
    } else rows.set(kind, (rows.get(kind) ?? 0) + ms);
  }
  return { rows, others };
}
