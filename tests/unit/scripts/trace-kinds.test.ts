import { describe, expect, it } from 'vitest';
import {
  FORCED_BY_EXTENSION,
  FORCED_BY_PAGE,
  foldKinds,
  kindOfName,
  selfTimeByKind,
  threadSlices,
  UNITEMIZED,
  type TraceEvent,
} from '../../../scripts/bench/lib/trace-kinds.mjs';

// The cost-by-kind tool's summing, on traces made up here: what each millisecond of a thread's
// work is counted as, and that nothing is counted twice.

const CONTENT = 'chrome-extension://abc/content-scripts/content.js';

/** A complete event on the main thread (pid = tid = 1); times in µs, thread time = wall unless given. */
function x(name: string, ts: number, dur: number, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, ph: 'X', pid: 1, tid: 1, ts, dur, tdur: dur, ...extra };
}

function kinds(events: TraceEvent[]) {
  return selfTimeByKind(threadSlices(events, 1, 1));
}

describe('selfTimeByKind', () => {
  it('gives each event its own time, its children taken out, and totals the tasks once', () => {
    const { byKind, total, tasks } = kinds([
      x('RunTask', 0, 10_000),
      x('ParseHTML', 1_000, 6_000),
      x('UpdateLayoutTree', 2_000, 1_000),
      x('RunTask', 20_000, 3_000),
      x('Layout', 20_500, 2_000),
    ]);
    expect(total).toBe(13);
    expect(tasks).toBe(2);
    expect(byKind.get(UNITEMIZED)).toBe(4 + 1);
    expect(byKind.get('HTML parser')).toBe(5);
    expect(byKind.get('style recalculation')).toBe(1);
    expect(byKind.get('layout')).toBe(2);
    expect([...byKind.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(total);
  });

  it('counts thread time where the trace has it, wall time where it does not', () => {
    const { byKind, total } = kinds([x('RunTask', 0, 10_000, { tdur: 4_000 }), x('Paint', 1_000, 2_000, { tdur: undefined })]);
    expect(total).toBe(4);
    expect(byKind.get('paint, pre-paint, layerize')).toBe(2);
    expect(byKind.get(UNITEMIZED)).toBe(2);
  });

  it("counts V8's run under the script entry it runs for, the extension's apart from the page's", () => {
    const { byKind } = kinds([
      x('RunTask', 0, 10_000),
      x('EvaluateScript', 0, 5_000, { args: { data: { url: CONTENT } } }),
      x('v8.compile', 100, 1_000, { args: { data: { url: CONTENT } } }),
      x('v8.run', 1_200, 3_000),
      x('FunctionCall', 6_000, 2_000, { args: { data: { url: 'http://127.0.0.1/page.js' } } }),
      x('v8.callFunction', 6_100, 1_500),
    ]);
    expect(byKind.get('JS: parse and compile (extension)')).toBe(1);
    expect(byKind.get('JS: evaluate script (extension)')).toBe(1 + 3);
    expect(byKind.get('JS: function call')).toBe(2);
    expect(byKind.get('JS: function call (extension)')).toBeUndefined();
  });

  it('keeps style and layout forced from a script apart, by whose script forced them', () => {
    const { byKind } = kinds([
      x('RunTask', 0, 20_000),
      x('RunMicrotasks', 0, 10_000),
      x('FunctionCall', 100, 5_000, { args: { data: { url: CONTENT } } }),
      x('Layout', 200, 1_000),
      x('FunctionCall', 6_000, 3_000, { args: { data: { url: 'http://127.0.0.1/page.js' } } }),
      x('UpdateLayoutTree', 6_100, 500),
      x('Layout', 12_000, 4_000),
    ]);
    expect(byKind.get(`layout${FORCED_BY_EXTENSION}`)).toBe(1);
    expect(byKind.get(`style recalculation${FORCED_BY_PAGE}`)).toBe(0.5);
    expect(byKind.get('layout')).toBe(4);
    expect(byKind.get('JS: function call (extension)')).toBe(4);
  });

  it('joins begin and end events, and reads only the thread asked for', () => {
    const events: TraceEvent[] = [
      x('RunTask', 0, 10_000),
      { name: 'ParseHTML', ph: 'B', pid: 1, tid: 1, ts: 1_000, tts: 500 },
      { name: 'ParseHTML', ph: 'E', pid: 1, tid: 1, ts: 4_000, tts: 2_500 },
      { ...x('Layout', 0, 50_000), tid: 2 },
    ];
    const { byKind, total } = kinds(events);
    expect(byKind.get('HTML parser')).toBe(2);
    expect(total).toBe(10);
    expect(byKind.get('layout')).toBeUndefined();
  });
});

describe('kindOfName and foldKinds', () => {
  it('names the renderer kinds and folds the rest into one row, keeping their names', () => {
    expect(kindOfName('MinorGC')).toBe('garbage collection');
    expect(kindOfName('V8.GC_SCAVENGER')).toBe('garbage collection');
    expect(kindOfName('Decode Image')).toBe('image decoding');
    expect(kindOfName('PrePaint')).toBe('paint, pre-paint, layerize');
    expect(kindOfName('Receive mojo message')).toBe('other: Receive mojo message');
    const { rows, others } = foldKinds(new Map([['layout', 3], ['other: A', 1], ['other: B', 2]]));
    expect(rows.get('other named events')).toBe(3);
    expect(rows.get('layout')).toBe(3);
    expect(others.get('B')).toBe(2);
  });
});
