// `npm run demo`: serves the bundled demo news pages on 127.0.0.1 and shows them in Chromium
// with the built extension. With a display it opens a normal browser window and waits until
// you close it; without one it writes before/after screenshots (without the extension, with
// it) to artifacts/demo/ and prints their paths.
// tsx lets this script reuse the e2e support code (server, launcher) instead of a copy of it.
import { register } from 'tsx/esm/api';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

register();
const { startFixtureServer } = await import('../tests/e2e/support/fixture-server.ts');
const { launchWithExtension, EXTENSION_DIR } = await import('../tests/e2e/support/launch-chromium.ts');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = ['index.html', 'detention-photos.html', 'ar-detention.html', 'gadget-review.html'];
const OUT = resolve(process.env.FOREWARN_DEMO_OUT ?? join(ROOT, 'artifacts', 'demo'));
// How long to wait for the extension to decide every image before taking the picture anyway.
const DECIDE_WAIT_MS = 10_000;
const headed = Boolean(process.env.DISPLAY) && process.env.FOREWARN_DEMO_SCREENSHOTS !== '1';

const server = await startFixtureServer(join(ROOT, 'demo', 'pages'));
console.log(`Demo pages at ${server.url('/')}`);
console.log(`Extension from ${relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR}`);

try {
  if (headed) await showInWindow();
  else await writeScreenshots();
} finally {
  await server.close();
}

async function showInWindow() {
  const browser = await launchWithExtension({ headless: false });
  const [first] = browser.context.pages();
  const article = first ?? (await browser.context.newPage());
  await article.goto(server.url('/detention-photos.html'));
  for (const name of ['gadget-review.html', 'ar-detention.html', 'index.html']) {
    await (await browser.context.newPage()).goto(server.url(`/${name}`));
  }
  await article.bringToFront();
  console.log('Chromium is open with Forewarn loaded. Close the browser window to end the demo.');
  await new Promise((done) => browser.context.on('close', done));
  await browser.close().catch(() => {});
}

async function writeScreenshots() {
  await mkdir(OUT, { recursive: true });
  const written = [];

  const plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const plainPage = await plain.newPage({ viewport: { width: 1280, height: 900 } });
  for (const name of PAGES) {
    await plainPage.goto(server.url(`/${name}`));
    await settle(plainPage, false);
    written.push(await shoot(plainPage, name, 'before'));
  }
  await plain.close();

  const withExtension = await launchWithExtension({ headless: true });
  const page = await withExtension.context.newPage();
  const summary = [];
  for (const name of PAGES) {
    await page.goto(server.url(`/${name}`));
    const decided = await settle(page, true);
    const counts = await page.evaluate(() => {
      const count = (v) => document.querySelectorAll(`[data-forewarn="${v}"]`).length;
      return { covered: count('covered'), safe: count('safe'), undecided: document.querySelectorAll('img:not([data-forewarn])').length };
    });
    summary.push(`${name}: ${counts.covered} covered, ${counts.safe} safe` +
      (decided ? '' : `, ${counts.undecided} still undecided after ${DECIDE_WAIT_MS / 1000} s`));
    written.push(await shoot(page, name, 'after'));
  }
  await withExtension.close();

  console.log('\nWith the extension:');
  for (const line of summary) console.log(`  ${line}`);
  console.log('\nScreenshots (before = without the extension, after = with it):');
  for (const path of written) console.log(`  ${relative(process.cwd(), path)}`);
}

/** Scrolls through the page so lazy images load, then waits until they have loaded and, with
 * the extension, until each image carries Forewarn's verdict. Returns false on a timeout. */
async function settle(page, withExtension) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, 0);
  });
  const ready = await page
    .waitForFunction(
      (needVerdict) =>
        !document.querySelector('[data-demo-pending]') &&
        [...document.images].every(
          (img) => img.complete && (!needVerdict || img.hasAttribute('data-forewarn')),
        ),
      withExtension,
      { timeout: DECIDE_WAIT_MS },
    )
    .then(() => true, () => false);
  // Two frames so covers laid out after the last verdict are painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return ready;
}

async function shoot(page, name, phase) {
  const path = join(OUT, `${name.replace(/\.html$/, '')}-${phase}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
