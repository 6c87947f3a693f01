// `npm run bench`: builds the extension into its own folder, runs every scripts/bench/*.bench.mjs
// one after another (never in parallel: two benches on two cores would measure each other), and
// prints one summary of every figure with its median, spread and budget.
//   npm run bench                       build, then all benches
//   npm run bench -- page-cost memory   only benches whose file name contains one of the words
//   npm run bench -- --no-build         reuse the build in FOREWARN_OUT_DIR (default .output-bench)
// Benches print figures and assert nothing; this exits non-zero only when a bench could not
// measure (it exited non-zero) or the build failed. The summary is also written to
// artifacts/bench/latest.json.
import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FIGURE_PREFIX, formatNumber } from './bench/lib/figures.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, 'scripts', 'bench');
const args = process.argv.slice(2);
const words = args.filter((a) => !a.startsWith('--'));
const outDir = process.env.FOREWARN_OUT_DIR ?? '.output-bench';
const env = { ...process.env, FOREWARN_OUT_DIR: outDir };

const started = Date.now();
if (!args.includes('--no-build')) {
  console.log(`Building the extension into ${outDir} …`);
  const code = await run('npx', ['wxt', 'build'], { quiet: true });
  if (code !== 0) {
    console.error('The build failed; nothing was measured.');
    process.exit(1);
  }
}

const benches = (await readdir(BENCH_DIR))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => words.length === 0 || words.some((w) => f.includes(w)))
  .sort();
if (benches.length === 0) {
  console.error(`No bench matches ${words.join(', ')}.`);
  process.exit(1);
}

const results = [];
for (const file of benches) {
  const name = file.replace(/\.bench\.mjs$/, '');
  console.log(`\n── ${name} ${'─'.repeat(Math.max(0, 60 - name.length))}`);
  const figures = [];
  const t0 = Date.now();
  const code = await run(process.execPath, [join(BENCH_DIR, file)], {
    onLine(line) {
      if (!line.startsWith(FIGURE_PREFIX)) return false;
      try {
        figures.push(JSON.parse(line.slice(FIGURE_PREFIX.length)));
        return true;
      } catch {
        return false;
      }
    },
  });
  results.push({ bench: name, code, seconds: (Date.now() - t0) / 1000, figures });
}

printSummary(results);
await mkdir(join(ROOT, 'artifacts', 'bench'), { recursive: true });
await writeFile(
  join(ROOT, 'artifacts', 'bench', 'latest.json'),
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2),
);
const failed = results.filter((r) => r.code !== 0);
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
if (failed.length) {
  console.error(`Could not measure: ${failed.map((r) => r.bench).join(', ')}.`);
  process.exit(1);
}

/** Runs a command with the bench environment; each output line goes to onLine first (a true
 * return swallows it), otherwise it is echoed. */
function run(command, argv, { quiet = false, onLine = () => false } = {}) {
  return new Promise((done) => {
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    const pipe = (stream, out) => {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) handle(line, out);
      });
      stream.on('end', () => buffered && handle(buffered, out));
    };
    const handle = (line, out) => {
      if (onLine(line)) return;
      if (quiet) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
      else out.write(`  ${line}\n`);
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('close', (code) => {
      if (quiet && code !== 0) console.error(tail.join('\n'));
      done(code ?? 1);
    });
  });
}

function printSummary(all) {
  const rows = [['bench', 'figure', 'median', 'spread', 'n', 'budget', '']];
  for (const { bench, code, figures } of all) {
    if (figures.length === 0) rows.push([bench, code === 0 ? '(no figures)' : '(could not measure)', '', '', '', '', '']);
    for (const f of figures) {
      const unit = f.unit ? ` ${f.unit}` : '';
      const verdict =
        f.budget && Number.isFinite(f.budget.max) ? (Number.isFinite(f.median) && f.median <= f.budget.max ? 'met' : 'MISSED') : '';
      rows.push([
        bench,
        f.name,
        `${formatNumber(f.median)}${unit}`,
        f.lo === undefined ? '' : `${formatNumber(f.lo)}–${formatNumber(f.hi)} (${f.spread ?? 'spread'})`,
        f.n === undefined ? '' : String(f.n),
        f.budget?.text ?? '',
        verdict,
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\n══ Summary (${new Date().toISOString()}) ${'═'.repeat(30)}`);
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, j) => cell.padEnd(widths[j])).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  }
  const notes = all.flatMap(({ figures }) => figures.filter((f) => f.note).map((f) => `${f.name}: ${f.note}`));
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `  ${n}`).join('\n')}`);
}
