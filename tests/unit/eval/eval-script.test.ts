import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FLOOR } from '../../../scripts/lib/eval-gate';

// scripts/eval.mjs as `npm run eval` and `npm run eval:gate` run it, on the invented corpus and
// a real corpus made of the format fixture: what it prints for each half, what it keeps from the
// test half, and when the gate fails.

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'tests/fixtures/eval/real-corpus-format');
const run = promisify(execFile);

async function evalRun(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/eval.mjs', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, out: failed.stdout };
  }
}

const empty = mkdtempSync(join(tmpdir(), 'forewarn-eval-none-'));
// The fixture with its test-half gunshot wound labeled safe: a false cover in the test half.
const flipped = mkdtempSync(join(tmpdir(), 'forewarn-eval-flipped-'));
writeFileSync(join(flipped, 'en-pages.jsonl'), readFileSync(join(FIXTURE, 'en-pages.jsonl')));
writeFileSync(join(flipped, 'en.jsonl'), readFileSync(join(FIXTURE, 'en.jsonl'), 'utf8').replace('"id":"fx-3","label":"graphic","shows":["injury"]', '"id":"fx-3","label":"safe","shows":[]'));
afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
  rmSync(flipped, { recursive: true, force: true });
});

describe('npm run eval / eval:gate', () => {
  it('without a real corpus, says so and gates on the invented corpus only', async () => {
    const { code, out } = await evalRun('--gate', '--quiet', `--real-dir=${empty}`);
    expect(out).toMatch(/== Invented corpus \(tests\/corpus\/\*\.json\): \d+ labeled contexts/);
    expect(out).toContain('no real corpus');
    expect(out).toContain('met      invented corpus, balanced: recall 1.000 (>= 1.000)');
    expect(out).not.toContain('real test half');
    expect(code).toBe(0);
  }, 120_000);

  it('prints each half apart, keeps the test half’s misses to itself, and fails the gate on them', async () => {
    const { code, out } = await evalRun('--gate', `--real-dir=${flipped}`);
    expect(out).toContain('== Real corpus, development half: 2 labeled contexts (graphic 1, borderline 0, safe 1)');
    expect(out).toContain('== Real corpus, test half: 2 labeled contexts (graphic 0, borderline 1, safe 1)');
    expect(out).toMatch(/Misclassified at balanced and strict: [1-9]\d* \(not printed/);
    expect(out).not.toContain('fx-3');
    expect(out).toContain('NOT MET  real test half, balanced: safe covered 100.0 % (<= 3.0 %)');
    // The floor is whatever main measures now (eval-gate.ts FLOOR).
    const floorSafe = (FLOOR.overall.balanced!.maxSafeCovered! * 100).toFixed(1);
    expect(out).toContain(`NOT MET  real test half (floor), balanced: safe covered 100.0 % (<= ${floorSafe} %)`);
    expect(out).toMatch(/Gate: NOT met/);
    expect(code).toBe(1);
  }, 120_000);

  it('with a selection of languages, checks only theirs: the overall figures are the whole corpus’s', async () => {
    const { out } = await evalRun('en', '--quiet', `--real-dir=${flipped}`);
    expect(out).toContain('only the checks of en');
    expect(out).toContain('NOT MET  real test half, en (floor), balanced: safe covered 100.0 %');
    expect(out).not.toMatch(/real test half \(floor\)|real test half, balanced|invented corpus, balanced/);
    expect(out).toMatch(/Gate: NOT met/);
  }, 120_000);

  it('prints the test half’s misses only when asked, and reports without failing outside the gate', async () => {
    const { code, out } = await evalRun('--show-test', `--real-dir=${flipped}`);
    expect(out).toMatch(/- \[balanced\] fx-3 \(en\) label=safe coverAt=\w+/);
    expect(out).toMatch(/Gate: NOT met/);
    expect(code).toBe(0);
  }, 120_000);
});
