#!/usr/bin/env node
// Lints the Firefox build with Mozilla's addons-linter (through web-ext), offline, the way
// addons.mozilla.org checks an upload. Fails on any error, and on any warning not explained
// below, so a new kind of warning is looked at before it reaches a review.
//
//   npm run build:firefox && node scripts/lint-firefox.mjs [build folder]
//
// The folder defaults to $FOREWARN_OUT_DIR/firefox-mv2 (FOREWARN_OUT_DIR defaults to .output).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

/** Warnings that come from bundled libraries, with the reason each is harmless here. */
const EXPLAINED = {
  DANGEROUS_EVAL:
    'zod 4 probes `Function("")` once to learn whether it may compile parsers from its own schemas (never page input); where the CSP forbids it, zod parses without compiling',
  UNSAFE_VAR_ASSIGNMENT:
    "Preact's dangerouslySetInnerHTML path (unused by Forewarn), and Readability reading innerHTML / the reader rendering DOMPurify's output",
};

const sourceDir = resolve(process.argv[2] ?? join(process.env.FOREWARN_OUT_DIR ?? '.output', 'firefox-mv2'));
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`lint-firefox: no Firefox build at ${sourceDir}; run \`npm run build:firefox\` first.`);
  process.exit(2);
}

const started = Date.now();
const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
const where = (m) => `${m.file ?? ''}${m.line ? `:${m.line}` : ''}`;

for (const m of result.errors) console.error(`error   ${m.code} ${where(m)}: ${m.message} ${m.description ?? ''}`);
const unexplained = result.warnings.filter((m) => !(m.code in EXPLAINED));
for (const m of unexplained) console.error(`warning ${m.code} ${where(m)}: ${m.message} ${m.description ?? ''}`);
const explainedCounts = {};
for (const m of result.warnings) if (m.code in EXPLAINED) explainedCounts[m.code] = (explainedCounts[m.code] ?? 0) + 1;
for (const [code, count] of Object.entries(explainedCounts)) {
  console.log(`known   ${code} ×${count}: ${EXPLAINED[code]}`);
}
for (const m of result.notices) console.log(`notice  ${m.code} ${where(m)}: ${m.message}`);

const { errors, warnings, notices } = result.summary;
console.log(
  `lint-firefox: ${errors} errors, ${warnings} warnings (${unexplained.length} unexplained), ${notices} notices ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s — ${sourceDir}`,
);
process.exit(errors > 0 || unexplained.length > 0 ? 1 : 0);
