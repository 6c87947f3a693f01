// Types for corpus-split.mjs (plain JavaScript, so the eval can import it without a build).
export declare function fnv1a32(text: string): number;
export declare function halfOf(url: string): 'dev' | 'test';
export declare function fmix32(hash: number): number;
