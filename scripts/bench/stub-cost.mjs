// What a picture-less document would cost if the content script were only a stub until the first
// picture: the hold stylesheet plus a MutationObserver that runs the discovery query on every
// added subtree and does nothing else. Loaded beside Chromium alone, the floor (an empty content
// script) and Forewarn's build in .output/chrome-mv3 (npm run build first), loads alternating.
// A tool for issue 14's design question, not a bench: it prints medians and means, no FIGURE lines.
//   node scripts/bench/stub-cost.mjs        (the text-only brief and the brief with 8 ad frames, 15 loads each)
//   FOREWARN_BENCH_ROUNDS=25 PAGES=/fixed-cost/brief.html node scripts/bench/stub-cost.mjs
// Builds to set side by side (each an unpacked chrome-mv3 folder) replace Forewarn's own:
//   BUILDS=main=/tmp/main-out/chrome-mv3,lean=.output-lean/chrome-mv3 node scripts/bench/stub-cost.mjs
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { register } from 'tsx/esm/api';
import { summarize } from './lib/figures.mjs';
register();
const ROOT = resolve(import.meta.dirname, '..', '..');
const { DISCOVERY_SELECTOR } = await import('../../utils/dom/media-selectors.ts');
const BUILDS = process.env.BUILDS
  ? process.env.BUILDS.split(',').map((entry) => entry.split('=')).map(([name, dir]) => [name, resolve(ROOT, dir)])
  : [['forewarn', resolve(ROOT, '.output/chrome-mv3')]];
for (const [, dir] of BUILDS) {
  if (!(await import('node:fs')).existsSync(join(dir, 'manifest.json'))) throw new Error(`stub-cost: no build in ${dir} (npm run build first)`);
}
const { BENCH_PAGES, launchBrowser, startFixtureServer } = await import('./lib/browsers.mjs');
const { alternateLoads } = await import('./lib/page-load.mjs');
const { writeFloorExtension } = await import('./lib/floor-extension.mjs');
const ROUNDS = Number(process.env.FOREWARN_BENCH_ROUNDS ?? 15);
const PAGES = (process.env.PAGES ?? '/fixed-cost/brief.html,/fixed-cost/ad-frames.html').split(',');

async function writeStub() {
  const dir = await mkdtemp(join(tmpdir(), 'forewarn-stub-ext-'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'stub', version: '1.0.0', background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], css: ['hold.css'], run_at: 'document_start', all_frames: true, match_about_blank: true }],
  }));
  await writeFile(join(dir, 'background.js'), '');
  await copyFile(join(ROOT, 'entrypoints/content/hold-media.css'), join(dir, 'hold.css'));
  // Counts what it finds, so the query's work cannot be skipped as dead code.
  await writeFile(join(dir, 'content.js'), `(() => {
  const sel = ${JSON.stringify(DISCOVERY_SELECTOR)};
  let found = 0;
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      if (n.matches(sel)) found++;
      found += n.querySelectorAll(sel).length;
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  globalThis.stubFound = () => found;
})();`);
  return dir;
}

const server = await startFixtureServer(BENCH_PAGES);
const browsers = {
  plain: await launchBrowser(false),
  floor: await launchBrowser(false, [], await writeFloorExtension()),
  stub: await launchBrowser(false, [], await writeStub()),
};
for (const [name, dir] of BUILDS) browsers[name] = await launchBrowser(false, [], dir);
const keys = Object.keys(browsers);
const cpu = await alternateLoads(browsers, server, PAGES, ROUNDS);
for (const page of PAGES) {
  const base = summarize(cpu[page].plain).median;
  console.log(page, 'without', base, keys.slice(1).map((k) => `${k} +${(summarize(cpu[page][k]).median - base).toFixed(1)} (mean +${(cpu[page][k].reduce((a, b) => a + b, 0) / cpu[page][k].length - cpu[page].plain.reduce((a, b) => a + b, 0) / cpu[page].plain.length).toFixed(1)})`).join('  '));
}
