import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { collapseCssWhitespace } from './tooling/collapse-css-whitespace';
import { compressWithTerser } from './tooling/compress-with-terser';
import { manifestOptionsOutPlugin } from './tooling/manifest-options-out';
import { propertyEscapesAsCallsPlugin } from './tooling/property-escapes-as-calls';
import { lexiconFilesProblems } from './tooling/lexicon-files';
import { browserSpecificManifest } from './utils/browser-differences';
import { READER_SHORTCUT } from './utils/reader/reader-shortcut';

// The manifest is assembled here; entrypoints add their own parts (content scripts, pages).
export default defineConfig({
  // Parallel work and benchmarks can build side by side: FOREWARN_OUT_DIR=.output-mine npm run build
  outDir: process.env.FOREWARN_OUT_DIR ?? '.output',
  // Build only some entrypoints while others are mid-change: FOREWARN_ONLY=content,popup
  filterEntrypoints: process.env.FOREWARN_ONLY ? process.env.FOREWARN_ONLY.split(',') : undefined,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip `zip:firefox` makes for addons.mozilla.org review: what builds the add-on only.
  zip: { excludeSources: ['artifacts/**', 'demo/**', 'tests/**', 'scripts/**'] },
  vite: () => ({ plugins: [preact(), collapseCssWhitespace(/(?:warning-cover-styles|hold-sheet|button-sight)\.ts$/)] }),
  hooks: {
    // A malformed lexicon entry fails the build (and dev mode), naming file, line and what is wrong.
    'build:before': () => {
      const problems = lexiconFilesProblems();
      if (problems.length) throw new Error(`lexicon files:\n${problems.join('\n')}`);
    },
    // The content script runs in every frame of every page, so it ships without the polyfill
    // (3 KB gzipped, plus its set-up on each load): Chrome's MV3 `chrome.*` and Firefox's
    // `browser.*` are both promise-based, and the content script answers messages with
    // sendResponse, which both support. Every other entrypoint keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      // WXT's ContentScriptContext gives way to the few lines the content script uses (why:
      // entrypoints/content/lifetime.ts); WXT's wrapper constructs whichever is bundled.
      const lifetime = { find: /^wxt\/utils\/content-script-context$/, replacement: resolve('entrypoints/content/lifetime.ts') };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [native, lifetime, ...rest.filter((a) => String(a.find) !== 'wxt/browser')] };
      // Every frame of every page parses it: Terser compresses it again after Vite's minifier
      // (tooling/compress-with-terser.ts says by how much and why both), the patterns dear
      // to parse are left for first use (tooling/property-escapes-as-calls.ts), and the options
      // only the manifest reads are left out (tooling/manifest-options-out.ts).
      config.plugins = [...(config.plugins ?? []), compressWithTerser(), propertyEscapesAsCallsPlugin(), manifestOptionsOutPlugin()];
    },
  },
  manifest: ({ browser }) => ({
    // Name and description come from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: after an update, open pages get the new content script (see background.ts).
    permissions: ['storage', 'activeTab', 'tabs', 'contextMenus', 'scripting'],
    // The same sites the content script already runs on (no new install warning); needed by
    // scripting.executeScript to re-inject into open pages after an update.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The reading view: one shortcut, routed to the same function as the popup and context menu.
    commands: {
      'open-reader': {
        suggested_key: { default: READER_SHORTCUT },
        description: '__MSG_reader_view_command__',
      },
    },
    // Firefox's add-on id, minimum versions and data-collection statement; why MV2 for Firefox.
    ...browserSpecificManifest(browser),
  }),
});
