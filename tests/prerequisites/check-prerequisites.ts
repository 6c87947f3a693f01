import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { FIREFOX_MIN_VERSION } from '../../utils/browser-differences';
import { aptLineFor, findMissingPrerequisites } from './find-missing-prerequisites';

// Run first by `npm test` (and test:e2e, test:firefox): says what the machine lacks before a
// suite fails on it obscurely, and prints the one apt-get line that fixes it. Honours the same
// variables as the tests (CHROMIUM_PATH, FIREFOX_PATH, FOREWARN_BROWSERS).

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, command)));

function firefoxMajor(path: string): number | null {
  if (!executable(path)) return null;
  try {
    const version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    const major = /(\d+)\.\d+/.exec(version)?.[1];
    return major ? Number(major) : null;
  } catch {
    return null;
  }
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browsers = (process.env.FOREWARN_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
const missing = findMissingPrerequisites(
  {
    chromium: executable(chromiumPath),
    // Debian's wrapper runs /usr/lib/chromium/chromium; a custom build keeps locales beside itself.
    chromiumArabic: process.env.CHROMIUM_PATH
      ? existsSync(join(dirname(chromiumPath), 'locales')) ? existsSync(join(dirname(chromiumPath), 'locales', 'ar.pak')) : null
      : existsSync('/usr/lib/chromium/locales/ar.pak'),
    firefoxMajor: browsers.includes('firefox') ? firefoxMajor(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') : undefined,
    xvfb: onPath('Xvfb'),
    xdotool: onPath('xdotool'),
  },
  Number.parseInt(FIREFOX_MIN_VERSION, 10),
);

if (missing.length > 0) {
  console.error('The end-to-end tests need what this machine lacks:');
  for (const m of missing) console.error(`  - ${m.pkg}: ${m.why}`);
  console.error(`Install it with (as root):\n  ${aptLineFor(missing)}`);
  process.exit(1);
}
