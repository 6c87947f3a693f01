// esbuild plugin: a lexicon file imported as `./en.lexicon?raw` becomes its text, as Vite makes
// it for the extension build and Vitest (utils/detection/lexicons/all-lexicons.ts).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const lexiconText = {
  name: 'forewarn-lexicon-text',
  setup(build) {
    build.onResolve({ filter: /\.lexicon\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'lexicon-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'lexicon-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};
