import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';

// The content script is parsed in every frame of every page and has a budget of 40 KB gzipped
// (PERFORMANCE.md). Vite's own minifier (Oxc) leaves code that Terser's compressor still
// shortens: run on Oxc's output, two passes of it took content.js from 40,906 to about 39,960
// bytes (the bench's zlib level 9). Terser alone, in Oxc's place, did worse (40,614): each
// finds what the other misses. Only Terser's safe transforms are used (no `unsafe*` option),
// and the syntax it may write is what Firefox ESR 140 and Chromium read (ES2022).
// `wrap_iife` keeps the parentheses around the bundle's function, which is called at once
// (`var content=(function(){…})()`): Terser drops them by default, and V8 then takes the function
// for one called later, preparses all 112 KB of it and parses it again on the call, in every
// renderer that runs the script (PERFORMANCE.md, twenty-eighth session: V8.PreParse 9.1 -> 4.3 ms
// in a cross-site ad frame's renderer).
export const TERSER_OPTIONS: MinifyOptions = {
  ecma: 2022,
  compress: { ecma: 2022, passes: 2 },
  mangle: true,
  format: { ecma: 2022, wrap_iife: true },
};

/**
 * A Vite plugin: every JavaScript chunk of the build, once minified, compressed again by Terser.
 * A build that asks for no minifying (the profiling tools', which name functions) is left as written.
 */
export function compressWithTerser(options: MinifyOptions = TERSER_OPTIONS): Plugin {
  let minifying = true;
  return {
    name: 'forewarn:compress-with-terser',
    apply: 'build',
    configResolved(config) {
      minifying = config.build.minify !== false;
    },
    // generateBundle sees each chunk as the bundler's own minifier wrote it. First among the
    // plugins' generateBundle: WXT's then appends the script's return value (`content;`, what
    // scripting.executeScript answers), a statement Terser would drop as doing nothing.
    generateBundle: {
      order: 'pre',
      async handler(_outputOptions, bundle) {
        if (!minifying) return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const result = await minify(chunk.code, options);
          if (result.code === undefined) throw new Error(`terser returned no code for ${chunk.fileName}`);
          chunk.code = result.code;
        }
      },
    },
  };
}
