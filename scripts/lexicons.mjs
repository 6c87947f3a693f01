// The lexicon files (utils/detection/lexicons/<lang>.lexicon, guide in README.md there).
//   npm run lexicons:check    every malformed entry as path:line: what is wrong; exits 1 on any
//   npm run lexicons:format   rewrites the files in canonical form (sorted, no duplicates)
import { register } from 'tsx/esm/api';

register();
const { formatLexiconFiles, lexiconFilesProblems } = await import('../tooling/lexicon-files.ts');
const command = process.argv[2];

if (command === 'check') {
  const problems = lexiconFilesProblems();
  for (const problem of problems) console.error(problem);
  console.log(problems.length ? `${problems.length} lexicon problem(s)` : 'lexicons: no problems');
  process.exitCode = problems.length ? 1 : 0;
} else if (command === 'format') {
  const { changed, unreadable } = formatLexiconFiles();
  for (const path of changed) console.log(`formatted ${path}`);
  for (const path of unreadable) console.error(`${path}: not formatted, its layout has problems (npm run lexicons:check)`);
  if (!changed.length && !unreadable.length) console.log('lexicons: already in canonical form');
  process.exitCode = unreadable.length ? 1 : 0;
} else {
  console.error('usage: node scripts/lexicons.mjs check|format');
  process.exitCode = 2;
}
