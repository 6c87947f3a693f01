// Types for trace-kinds.mjs (plain JavaScript, so the bench tools import it without a build).
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}
export interface Slice {
  name: string;
  ts: number;
  dur: number;
  cost: number;
  args?: TraceEvent['args'];
}
export declare const UNITEMIZED: string;
export declare const FORCED_BY_EXTENSION: string;
export declare const FORCED_BY_PAGE: string;
export declare function kindOfName(name: string): string;
export declare function threadSlices(events: TraceEvent[], pid: number, tid: number, options?: { useThreadTime?: boolean }): Slice[];
export declare function selfTimeByKind(slices: Slice[]): { byKind: Map<string, number>; counts: Map<string, number>; total: number; tasks: number };
export declare function foldKinds(byKind: Map<string, number>): { rows: Map<string, number>; others: Map<string, number> };
