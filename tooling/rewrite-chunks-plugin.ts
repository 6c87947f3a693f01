import type { Plugin } from 'vite';

/** Parses a chunk into an ESTree program whose nodes carry start and end offsets (Rollup's `this.parse`). */
export type ParseChunk = (code: string) => unknown;

/**
 * A Vite plugin that rewrites every JavaScript chunk of the build once it is minified: first
 * among the plugins' generateBundle, so before WXT appends the script's return value, and, listed
 * after Terser's plugin, after Terser too (plugins of one order run in the order they are listed).
 */
export function rewriteChunksPlugin(name: string, rewrite: (code: string, parse: ParseChunk) => string): Plugin {
  return {
    name,
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_outputOptions, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          chunk.code = rewrite(chunk.code, (code) => this.parse(code));
        }
      },
    },
  };
}
