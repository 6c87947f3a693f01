// `npm run icons`: draws the toolbar icon's PNGs from the SVGs beside this script, in Chromium
// (the browser that will show them), so the files in public/ are always what the SVGs say.
// - public/icon/<16|32|48|128>.png: the mark (WXT lists them as the extension's icons, which
//   the toolbar button uses); 16 px from forewarn-16.svg, drawn on the pixel grid;
// - public/icon-off/<16|32>.png: the same greyed, for a site where Forewarn is off;
// - artifacts/screenshots/icons-preview.png: every size on a light and a dark toolbar, to look at.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const TILE = '#2f6f73';
/** The off state: a grey tile that still reads on both toolbars (3.9:1 on white, 4.1:1 on #202124). */
const TILE_OFF = '#7b8188';
/** Toolbar colours of Chromium's light and dark themes. */
const TOOLBARS = { light: '#f1f3f4', dark: '#35363a' };

const large = await readFile(join(HERE, 'forewarn.svg'), 'utf8');
const small = await readFile(join(HERE, 'forewarn-16.svg'), 'utf8');
const source = (size, off) => (size <= 16 ? small : large).replaceAll(TILE, off ? TILE_OFF : TILE);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const draw = async (svg, size) => {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  const written = [];
  for (const [folder, off, sizes] of [['icon', false, [16, 32, 48, 128]], ['icon-off', true, [16, 32]]]) {
    await mkdir(join(ROOT, 'public', folder), { recursive: true });
    for (const size of sizes) {
      const file = join(ROOT, 'public', folder, `${size}.png`);
      await writeFile(file, await draw(source(size, off), size));
      written.push(file);
    }
  }
  // The preview: 16 and 32 px, on and off, on both toolbars, at 1x, then enlarged 4x for detail.
  const cell = (folder, size) => `<img src="data:image/png;base64,${'%'}${folder}-${size}${'%'}" width="${size}" height="${size}">`;
  let html = '<style>body{margin:0;font:12px sans-serif}div{display:flex;gap:14px;align-items:center;padding:10px 14px}' +
    '.big img{image-rendering:pixelated}</style>';
  for (const [name, colour] of Object.entries(TOOLBARS)) {
    const text = name === 'dark' ? '#e8eaed' : '#202124';
    html += `<div style="background:${colour};color:${text}">${name}: ${cell('icon', 16)} ${cell('icon-off', 16)} ${cell('icon', 32)} ${cell('icon-off', 32)}</div>`;
    html += `<div class="big" style="background:${colour}">${cell('icon', 16).replace(/width="16" height="16"/, 'width="96" height="96"')} ${cell('icon-off', 16).replace(/width="16" height="16"/, 'width="96" height="96"')} ${cell('icon', 32).replace(/width="32" height="32"/, 'width="128" height="128"')}</div>`;
  }
  for (const [folder, sizes] of [['icon', [16, 32]], ['icon-off', [16, 32]]]) {
    for (const size of sizes) {
      const png = await readFile(join(ROOT, 'public', folder, `${size}.png`));
      html = html.replaceAll(`%${folder}-${size}%`, png.toString('base64'));
    }
  }
  await page.setViewportSize({ width: 420, height: 400 });
  await page.setContent(html);
  const preview = join(ROOT, 'artifacts', 'screenshots', 'icons-preview.png');
  await mkdir(dirname(preview), { recursive: true });
  await page.screenshot({ path: preview, fullPage: true });
  for (const file of [...written, preview]) console.log(file.slice(ROOT.length + 1));
} finally {
  await browser.close();
}
