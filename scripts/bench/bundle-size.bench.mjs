// Size of each content script the manifest injects (raw and gzipped), what fills it, and proof
// that the reading view's code is not in it:
//  1. the module graph: the content scripts are rebuilt (into .output-bench-graph) with a plugin
//     that lists every module in each chunk; none may come from Readability, DOMPurify, the
//     reader pipeline or the reader page;
//  2. the shipped bytes: the built content script (FOREWARN_OUT_DIR) carries none of the marker
//     strings of those libraries, which minification keeps (property names, messages).
// The reader page loads its code from its own chunks when it opens.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'wxt';
import { formatNumber, reportFigure } from './lib/figures.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const EXT = resolve(ROOT, process.env.FOREWARN_OUT_DIR ?? '.output-bench', 'chrome-mv3');
const GRAPH_OUT = '.output-bench-graph';
const KB = 1024;

/** Modules that belong to the reading view only. */
const READER_MODULES = [
  /node_modules\/@mozilla\/readability\//,
  /node_modules\/dompurify\//,
  /utils\/reader\/(extract-reader-article|sanitize-article-html|content-note|is-graphic-passage|choose-on-device-voice|text-direction)\.ts$/,
  // The snapshot: injected when the reading view opens (entrypoints/reader-snapshot.ts).
  /utils\/reader\/(snapshot-document-for-reader|take-reader-snapshot|pictures-page-loaded|media-mark)\.ts$/,
  /entrypoints\/reader-snapshot\.ts$/,
  /components\/reader\//,
  /entrypoints\/reader\//,
];
/** Strings that survive minification in those libraries. */
const READER_MARKERS = ['_grabArticle', 'unlikelyCandidates', 'DOMPurify', 'ALLOWED_TAGS', 'isProbablyReaderable'];

if (!existsSync(join(EXT, 'manifest.json'))) {
  console.error(`No build at ${EXT}: run npm run bench (it builds first) or FOREWARN_OUT_DIR=… npx wxt build.`);
  process.exit(1);
}
const manifest = JSON.parse(await readFile(join(EXT, 'manifest.json'), 'utf8'));
const scripts = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
if (scripts.length === 0) {
  console.error('The manifest declares no content scripts.');
  process.exit(1);
}

/** Runs a build with WXT's progress output held back; it is printed only if the build fails. */
async function quietly(run) {
  const held = [];
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write.bind(stream));
  for (const stream of streams) {
    stream.write = (chunk, ...rest) => (held.push(String(chunk)), typeof rest.at(-1) === 'function' && rest.at(-1)(), true);
  }
  try {
    return await run();
  } catch (error) {
    writes[1](held.join(''));
    throw error;
  } finally {
    streams.forEach((stream, i) => (stream.write = writes[i]));
  }
}

// ---- sizes of what ships --------------------------------------------------------------------
let readerMarkersFound = 0;
for (const file of scripts) {
  const bytes = await readFile(join(EXT, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes).length;
  const markers = READER_MARKERS.filter((m) => bytes.includes(m));
  readerMarkersFound += markers.length;
  console.log(
    `${file}: ${formatNumber(bytes.length / KB)} KB raw, ${formatNumber(gz / KB)} KB gzip -9, ${formatNumber(br / KB)} KB brotli; ` +
      `reader markers: ${markers.length ? markers.join(', ') : 'none'}`,
  );
  reportFigure({ name: `${file} gzipped`, unit: 'KB', median: gz / KB, n: 1, ...(file.endsWith('.js') ? { budget: { max: 40, text: 'under 40 KB gzipped' } } : {}) });
  reportFigure({ name: `${file} raw`, unit: 'KB', median: bytes.length / KB, n: 1 });
}

// The markers must be findable where the reader's code does live, or their absence proves nothing.
const { readdir } = await import('node:fs/promises');
const otherScripts = [
  ...(await readdir(EXT)).filter((f) => f.endsWith('.js')),
  ...(existsSync(join(EXT, 'chunks')) ? (await readdir(join(EXT, 'chunks'))).map((f) => `chunks/${f}`) : []),
];
const markerHomes = [];
for (const file of otherScripts) {
  const text = await readFile(join(EXT, file), 'utf8');
  const found = READER_MARKERS.filter((m) => text.includes(m));
  if (found.length) markerHomes.push(`${file} (${found.length}/${READER_MARKERS.length})`);
}
console.log(`reader markers found in: ${markerHomes.join(', ') || 'no file (build without the reader page?)'}`);

// ---- what is in it: the module graph --------------------------------------------------------
const chunks = {};
await quietly(() => build({
  root: ROOT,
  outDir: GRAPH_OUT,
  // Only the content scripts: the other entrypoints may be mid-change and are not measured here.
  filterEntrypoints: scripts.filter((f) => f.endsWith('.js')).map((f) => f.replace(/^content-scripts\//, '').replace(/\.js$/, '')),
  logLevel: 'silent',
  vite: () => ({
    plugins: [
      {
        name: 'forewarn-bench-module-list',
        generateBundle(_options, bundle) {
          for (const [file, chunk] of Object.entries(bundle)) {
            if (chunk.type !== 'chunk' || !file.startsWith('content-scripts/')) continue;
            chunks[file] = Object.entries(chunk.modules).map(([id, m]) => ({
              id: id.replace(/^\0/, '').replace(`${ROOT}/`, ''),
              length: m.renderedLength,
              imports: (this.getModuleInfo(id)?.importedIds ?? []).map((i) => i.replace(`${ROOT}/`, '')),
            }));
          }
        },
      },
    ],
  }),
}));
if (Object.keys(chunks).length === 0) {
  console.error('The graph build produced no content-script chunk.');
  process.exit(1);
}
let readerModulesFound = 0;
for (const [file, modules] of Object.entries(chunks)) {
  const reader = modules.filter((m) => READER_MODULES.some((re) => re.test(m.id)));
  readerModulesFound += reader.length;
  const total = modules.reduce((sum, m) => sum + m.length, 0);
  console.log(`\n${file}: ${modules.length} modules; reader modules: ${reader.length ? reader.map((m) => m.id).join(', ') : 'none'}`);
  // Share of the unminified output per package or folder: where the bytes come from.
  const groups = new Map();
  for (const m of modules) {
    const key = m.id.startsWith('node_modules/')
      ? m.id.split('/').slice(0, m.id.split('/')[1].startsWith('@') ? 3 : 2).join('/')
      : m.id.split('/').slice(0, m.id.startsWith('utils/') ? 2 : 1).join('/');
    groups.set(key, (groups.get(key) ?? 0) + m.length);
  }
  // Classic zod is most of the weight when it is in: name the modules that pull it in.
  const classic = modules.filter((m) => !m.id.startsWith('node_modules/') && m.imports.some((i) => /node_modules\/zod\/(index|v4\/classic\/)/.test(i)));
  console.log(`  first-party modules importing classic zod: ${classic.length ? classic.map((m) => m.id).join(', ') : 'none'}`);
  console.log('  share of the bundle before minification:');
  for (const [key, length] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`  ${((length / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
  console.log('  largest modules:');
  for (const m of [...modules].sort((a, b) => b.length - a.length).slice(0, 15)) {
    console.log(`  ${((m.length / total) * 100).toFixed(1).padStart(5)} %  ${m.id}`);
  }
}
reportFigure({ name: 'reader modules in content scripts (module graph)', unit: '', median: readerModulesFound, n: 1, budget: { max: 0, text: 'none' } });
reportFigure({ name: 'reader markers in shipped content scripts', unit: '', median: readerMarkersFound, n: 1, budget: { max: 0, text: 'none' } });
