// `npm run screenshots`: the README's pictures, taken from the built extension (npm run build)
// in real Chromium on the demo pages, written to docs/screenshots/:
// - toolbar-*.png: the browser's toolbar in a real window (an Xvfb screen, read from the frame
//   buffer Xvfb keeps in a file), light and dark, with the count on the badge and greyed where
//   Forewarn is off;
// - page-*.png: a demo article with its covers, light and dark, and in every-image mode;
// - popup-*.png: the popup before and after "Show all on this page".
// Needs xvfb (npm test's prerequisites check it).
import { register } from 'tsx/esm/api';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

register();
const { startFixtureServer } = await import('../tests/e2e/support/fixture-server.ts');
const { EXTENSION_DIR, launchWithExtension } = await import('../tests/e2e/support/launch-chromium.ts');
const { openPopup } = await import('../tests/e2e/support/popup.ts');
const { settle } = await import('../tests/e2e/support/cover-inspector.ts');

// playwright-core's bundled PNG codec (pngjs).
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle');
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const ARTICLE = '/demo/pages/detention-photos.html';
await mkdir(OUT, { recursive: true });
const server = await startFixtureServer(ROOT);
const written = [];

/** Chromium's id for an unpacked extension: its path's SHA-256, first 32 hex digits as a–p. */
function unpackedId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** An Xvfb screen whose frame buffer is a file (XWD format) we can read. */
async function startScreen() {
  const dir = await mkdtemp(join(tmpdir(), 'forewarn-xvfb-'));
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2000x1300x24', '-fbdir', dir, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((ok, fail) => {
    xvfb.once('error', fail);
    xvfb.stdio[3].once('data', (d) => ok(`:${String(d).trim()}`));
  });
  return {
    display,
    /** A rectangle of the screen as a PNG (XWD: a big-endian header, then 32-bit BGRX pixels). */
    async grab(x, y, width, height) {
      const xwd = await readFile(join(dir, 'Xvfb_screen0'));
      const field = (i) => xwd.readUInt32BE(i * 4);
      const [headerSize, bytesPerLine, colours] = [field(0), field(12), field(19)];
      const start = headerSize + colours * 12;
      const png = new PNG({ width, height });
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const from = start + (y + row) * bytesPerLine + (x + col) * 4;
          const to = (row * width + col) * 4;
          png.data[to] = xwd[from + 2];
          png.data[to + 1] = xwd[from + 1];
          png.data[to + 2] = xwd[from];
          png.data[to + 3] = 255;
        }
      }
      return PNG.sync.write(png);
    },
    async close() {
      xvfb.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function toolbarShots() {
  const screen = await startScreen();
  try {
    for (const scheme of ['light', 'dark']) {
      const profile = await mkdtemp(join(tmpdir(), 'forewarn-shots-'));
      // Pinned, so the button sits on the toolbar rather than in the extensions menu.
      await mkdir(join(profile, 'Default'), { recursive: true });
      const prefs = { extensions: { pinned_extensions: [unpackedId(EXTENSION_DIR)] } };
      await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: false,
        env: { ...process.env, DISPLAY: screen.display },
        viewport: null,
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--window-position=0,0', '--window-size=900,600', '--force-device-scale-factor=2',
          ...(scheme === 'dark' ? ['--force-dark-mode'] : []),
        ],
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(server.url(ARTICLE));
        await settle(page);
        await new Promise((r) => setTimeout(r, 800));
        const grab = async (name) => {
          const file = join(OUT, name);
          // The top-right corner of the window: address bar end, the pinned button, the menu.
          await writeFile(file, await screen.grab(1080, 0, 720, 160)); // at 2x
          written.push(file);
        };
        await grab(`toolbar-count-${scheme}.png`);
        if (scheme === 'light') {
          // Off for the site: the popup's switch, then the same corner.
          const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
          const extensionId = new URL(sw.url()).host;
          const popup = await openPopup({ context, extensionId }, page);
          await popup.getByRole('switch').click();
          await popup.waitForSelector('[role="switch"][aria-checked="false"]');
          await popup.close();
          await page.bringToFront();
          await new Promise((r) => setTimeout(r, 800));
          await grab('toolbar-off-light.png');
          const again = await openPopup({ context, extensionId }, page);
          await again.getByRole('switch').click();
          await again.close();
        }
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await screen.close();
  }
}

async function pageAndPopupShots() {
  const browser = await launchWithExtension();
  try {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 760 });
      await page.goto(server.url(ARTICLE));
      await settle(page);
      await page.evaluate(() => window.scrollTo(0, document.querySelector('figure.lead').getBoundingClientRect().top + scrollY - 170));
      const file = join(OUT, `page-covers-${scheme}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
    }
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(server.url(ARTICLE));
    await settle(page);
    const popup = await openPopup(browser, page);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.waitForSelector('.fw-status[data-covered]');
    const before = join(OUT, 'popup.png');
    await popup.screenshot({ path: before });
    await popup.getByRole('button', { name: 'Show all on this page' }).click();
    await popup.getByRole('button', { name: 'Cover them again' }).waitFor();
    const after = join(OUT, 'popup-after-show-all.png');
    await popup.screenshot({ path: after });
    await popup.getByRole('button', { name: 'Cover them again' }).click();
    await popup.waitForSelector('.fw-status[data-covered]:not([data-covered="0"])');
    // Every image: the map and portraits are covered too, saying only that every image is.
    await popup.getByRole('radio', { name: 'Every image' }).check();
    await popup.close();
    await page.waitForFunction(() => !document.querySelector('[data-forewarn="safe"]'));
    // The gallery: two graphic pictures and a page of a register, then thumbnails.
    await page.evaluate(() => document.querySelector('section.gallery').scrollIntoView({ block: 'start' }));
    await new Promise((r) => setTimeout(r, 300));
    const all = join(OUT, 'page-every-image.png');
    await page.screenshot({ path: all });
    const back = await openPopup(browser, page);
    await back.getByRole('radio', { name: 'Graphic images' }).check();
    await back.close();
    written.push(before, after, all);
  } finally {
    await browser.close();
  }
}

try {
  await pageAndPopupShots();
  await toolbarShots();
  for (const file of written) console.log(file.slice(ROOT.length + 1));
} finally {
  await server.close();
}
