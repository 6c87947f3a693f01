// Draws the demo pages' pictures: calm coloured shapes with a label that says what each
// picture stands for ("PHOTO: morgue, Damascus"). Nothing graphic is ever drawn; the label is
// what lets a screenshot show which picture is which. Run: node demo/tools/make-demo-images.mjs
// SVG files are written directly; the few raster files (a lead image in several widths for
// srcset, some JPEG thumbnails) are rendered from the same SVG by Chromium.
import { writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'pages', 'images');

// Each picture: a background, an abstract motif, and a solid centre block whose colour the
// end-to-end tests compare with the screen (so the centre must stay free of text).
const PICTURES = [
  // Graphic subjects (the shapes are abstract; only the label names the subject).
  { name: 'archive-bodies', label: 'PHOTO: bodies with burn marks, prison archive', bg: '#7d8791', centre: '#4f5d6b', motif: 'rows', w: 1200, h: 675, raster: [600, 800, 1200] },
  { name: 'morgue-hospital', label: 'PHOTO: morgue, military hospital, Damascus', bg: '#8f9a94', centre: '#5e6f66', motif: 'rows', w: 1200, h: 800 },
  { name: 'detainee-back', label: 'PHOTO: torture marks on a detainee\u2019s back', bg: '#a0917f', centre: '#7a6552', motif: 'figure', w: 1200, h: 800 },
  { name: 'numbered-bodies', label: 'PHOTO: bodies numbered for identification', bg: '#858a99', centre: '#596078', motif: 'rows', w: 900, h: 600 },
  { name: 'mass-grave', label: 'PHOTO: mass grave during exhumation', bg: '#9b9483', centre: '#6f6852', motif: 'field', w: 900, h: 600 },
  { name: 'cell-chains', label: 'PHOTO: detainee hanging in chains, cell 4', bg: '#8b8f86', centre: '#61665a', motif: 'figure', w: 900, h: 600 },
  // Non-graphic subjects.
  { name: 'officer-portrait', label: 'PHOTO: accused officer', bg: '#b7c4cf', centre: '#3f6e8c', motif: 'person', w: 800, h: 1000 },
  { name: 'prison-gate', label: 'PHOTO: prison gate, exterior', bg: '#c9c2b2', centre: '#8c7a56', motif: 'gate', w: 1200, h: 800 },
  { name: 'prison-map', label: 'MAP: prison north of the capital', bg: '#dfe8dc', centre: '#9fbf93', motif: 'map', w: 1000, h: 700 },
  { name: 'families-court', label: 'PHOTO: families outside the court', bg: '#cdd3c4', centre: '#7c8b63', motif: 'person', w: 900, h: 600 },
  { name: 'ledger-documents', label: 'PHOTO: ledger of prisoner numbers', bg: '#d8cfbd', centre: '#b29a6a', motif: 'paper', w: 900, h: 600 },
  { name: 'author-rania', label: 'AUTHOR: Rania Khoury', bg: '#d6dde3', centre: '#6d8aa3', motif: 'person', w: 400, h: 400 },
  { name: 'author-tom', label: 'AUTHOR: Tom Ellery', bg: '#e3ddd3', centre: '#a3866d', motif: 'person', w: 400, h: 400 },
  { name: 'related-court', label: 'THUMB: courthouse', bg: '#c7ccd6', centre: '#70809e', motif: 'gate', w: 480, h: 320, jpeg: true },
  { name: 'related-verify', label: 'THUMB: laptop and notes', bg: '#d0d6c7', centre: '#7f9468', motif: 'paper', w: 480, h: 320, jpeg: true },
  { name: 'related-storm', label: 'THUMB: snow on a mountain road', bg: '#cfd8de', centre: '#8aa4b5', motif: 'field', w: 480, h: 320, jpeg: true },
  { name: 'laptop-hero', label: 'PHOTO: Orion 14 laptop on a desk', bg: '#d3d7dc', centre: '#4c5866', motif: 'laptop', w: 1200, h: 700, raster: [800, 1200] },
  { name: 'laptop-hinge', label: 'PHOTO: hinge torture test rig', bg: '#cfd3cc', centre: '#5f6b5a', motif: 'laptop', w: 1000, h: 650 },
  { name: 'laptop-screen', label: 'PHOTO: matte screen, the killer feature', bg: '#d9d4cc', centre: '#6f6a8c', motif: 'laptop', w: 1000, h: 650 },
  { name: 'camera-sample-lake', label: 'SAMPLE: bodies of water at dusk', bg: '#b9c9d6', centre: '#5d86a8', motif: 'field', w: 1000, h: 650 },
  { name: 'colourway-orange', label: 'PHOTO: the Blood Orange colourway', bg: '#ecd9c6', centre: '#d9783c', motif: 'laptop', w: 1000, h: 650 },
  { name: 'webcam-shot', label: 'SAMPLE: webcam shot in daylight', bg: '#dcd6cf', centre: '#a08a74', motif: 'person', w: 800, h: 600 },
  { name: 'related-phone', label: 'THUMB: phone on a table', bg: '#d5d0da', centre: '#7d6f94', motif: 'laptop', w: 480, h: 320, jpeg: true },
  { name: 'related-football', label: 'THUMB: football pitch', bg: '#cbdccb', centre: '#5e9460', motif: 'field', w: 480, h: 320, jpeg: true },
];

function motif(kind, w, h, tone) {
  const s = (x) => Math.round(x);
  switch (kind) {
    case 'rows': // long pale shapes in rows: a room, a table, nothing more
      return [0.2, 0.78].map((y) => `<rect x="${s(w * 0.08)}" y="${s(h * y - h * 0.05)}" width="${s(w * 0.84)}" height="${s(h * 0.08)}" rx="${s(h * 0.03)}" fill="${tone}" opacity="0.35"/>`).join('');
    case 'figure':
      return `<ellipse cx="${s(w * 0.18)}" cy="${s(h * 0.3)}" rx="${s(w * 0.06)}" ry="${s(h * 0.09)}" fill="${tone}" opacity="0.35"/><ellipse cx="${s(w * 0.82)}" cy="${s(h * 0.3)}" rx="${s(w * 0.06)}" ry="${s(h * 0.09)}" fill="${tone}" opacity="0.35"/>`;
    case 'field':
      return `<path d="M0 ${s(h * 0.72)} Q ${s(w * 0.3)} ${s(h * 0.6)} ${s(w * 0.6)} ${s(h * 0.7)} T ${w} ${s(h * 0.66)} V ${s(h * 0.86)} H 0 Z" fill="${tone}" opacity="0.3"/>`;
    case 'person': // head and shoulders, the head being the centre block drawn later
      return `<path d="M${s(w * 0.2)} ${s(h * 0.86)} Q ${s(w * 0.5)} ${s(h * 0.55)} ${s(w * 0.8)} ${s(h * 0.86)} Z" fill="${tone}" opacity="0.45"/>`;
    case 'gate':
      return `<rect x="${s(w * 0.12)}" y="${s(h * 0.12)}" width="${s(w * 0.76)}" height="${s(h * 0.72)}" fill="none" stroke="${tone}" stroke-width="${s(w * 0.02)}" opacity="0.5"/>`;
    case 'map':
      return `<path d="M${s(w * 0.05)} ${s(h * 0.2)} L ${s(w * 0.4)} ${s(h * 0.1)} L ${s(w * 0.9)} ${s(h * 0.25)} L ${s(w * 0.85)} ${s(h * 0.8)} L ${s(w * 0.1)} ${s(h * 0.78)} Z" fill="#f4f1e6" stroke="#8a9a86" stroke-width="3"/><path d="M${s(w * 0.1)} ${s(h * 0.6)} C ${s(w * 0.3)} ${s(h * 0.5)} ${s(w * 0.6)} ${s(h * 0.7)} ${s(w * 0.9)} ${s(h * 0.45)}" stroke="#7fa6c4" stroke-width="6" fill="none"/>`;
    case 'paper':
      return `<rect x="${s(w * 0.1)}" y="${s(h * 0.1)}" width="${s(w * 0.8)}" height="${s(h * 0.72)}" fill="#f6f1e4" opacity="0.7"/>`;
    case 'laptop':
      return `<rect x="${s(w * 0.12)}" y="${s(h * 0.72)}" width="${s(w * 0.76)}" height="${s(h * 0.05)}" rx="${s(h * 0.02)}" fill="${tone}" opacity="0.6"/>`;
    default:
      return '';
  }
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function svgFor(p) {
  const { w, h } = p;
  const round = p.motif === 'person';
  const cw = round ? Math.min(w, h) * 0.34 : w * 0.36;
  const ch = round ? cw : h * 0.36;
  const cx = (w - cw) / 2;
  const cy = (h - ch) / 2;
  const centre = round
    ? `<circle cx="${w / 2}" cy="${h / 2}" r="${Math.round(cw / 2)}" fill="${p.centre}"/>`
    : `<rect x="${Math.round(cx)}" y="${Math.round(cy)}" width="${Math.round(cw)}" height="${Math.round(ch)}" rx="6" fill="${p.centre}"/>`;
  const band = Math.max(34, Math.round(h * 0.1));
  const font = Math.round(band * 0.42);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="${p.bg}"/>
${motif(p.motif, w, h, p.centre)}
${centre}
<rect y="${h - band}" width="${w}" height="${band}" fill="#1f2428" opacity="0.72"/>
<text x="${Math.round(band * 0.4)}" y="${h - Math.round(band * 0.34)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="${font}" fill="#f2f2f2">${escapeXml(p.label)}</text>
<text x="${w - Math.round(band * 0.3)}" y="${Math.round(font * 1.4)}" text-anchor="end" font-family="DejaVu Sans, Arial, sans-serif" font-size="${Math.round(font * 0.7)}" fill="#ffffff" opacity="0.8">DEMO IMAGE</text>
</svg>
`;
}

await mkdir(OUT, { recursive: true });
const rasterJobs = [];
for (const p of PICTURES) {
  const svg = svgFor(p);
  if (!p.jpeg) await writeFile(join(OUT, `${p.name}.svg`), svg);
  for (const width of p.raster ?? []) rasterJobs.push({ p, svg, width, file: `${p.name}-${width}.jpg` });
  if (p.jpeg) rasterJobs.push({ p, svg, width: p.w, file: `${p.name}.jpg` });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const job of rasterJobs) {
  const height = Math.round((job.p.h * job.width) / job.p.w);
  await page.setViewportSize({ width: job.width, height });
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(job.svg).toString('base64')}`;
  await page.setContent(
    `<body style="margin:0"><img src="${dataUrl}" width="${job.width}" height="${height}" style="display:block"></body>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  await writeFile(join(OUT, job.file), await page.screenshot({ type: 'jpeg', quality: 82 }));
}
await browser.close();
console.log(`wrote ${PICTURES.length} pictures (${rasterJobs.length} raster files) to ${OUT}`);
