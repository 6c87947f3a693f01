import type { Box, Point } from './browser-driver';
import { decodePng, type RgbaImage } from './decode-png';

// Where a cover's buttons are, found without entering its closed shadow root: the way a
// sighted person finds them. Used where the browser gives tests no way into closed shadow roots
// (Firefox over BiDi). Layout facts come from components/cover/warning-cover-styles.ts:
// - "Show image" is a light pill (#f4f4f5, or white in a light scheme) at the bottom of a column
//   centred on a plain surface darker than LIGHT (#2b2d31, or #dcdad5 in a light scheme);
// - "Hide image" sits 8px from the cover's top-left corner (the host resets direction to ltr).

const LIGHT = 225;
/** Half-width of the vertical band searched for the pill, in px (the pill is wider than this). */
const BAND = 30;
/** On small covers the pill shrinks with them: search a narrower band there. */
const BAND_SHARE_OF_WIDTH = 0.2;
/** Share of light pixels a row of the band needs to count as part of the pill. */
const PILL_ROW_SHARE = 0.6;
/** The pill is at least this tall (7px padding each side of 14px text). */
const MIN_PILL_ROWS = 8;

function isLight(image: RgbaImage, x: number, y: number): boolean {
  const i = (y * image.width + x) * 4;
  return image.data[i]! >= LIGHT && image.data[i + 1]! >= LIGHT && image.data[i + 2]! >= LIGHT;
}

/** Centre of the "Show image" pill in a screenshot of the cover (`png` covers exactly `box`). */
export function showButtonBySight(png: Buffer, box: Box): Point {
  const image = decodePng(png);
  const cx = Math.round(image.width / 2);
  const band = Math.max(2, Math.min(BAND, Math.floor(image.width * BAND_SHARE_OF_WIDTH)));
  const from = Math.max(0, cx - band);
  const to = Math.min(image.width - 1, cx + band);
  let best: { start: number; end: number } | null = null;
  let start = -1;
  for (let y = 0; y <= image.height; y++) {
    let light = 0;
    if (y < image.height) for (let x = from; x <= to; x++) if (isLight(image, x, y)) light++;
    const pillRow = y < image.height && light / (to - from + 1) >= PILL_ROW_SHARE;
    if (pillRow && start < 0) start = y;
    if (!pillRow && start >= 0) {
      if (!best || y - start > best.end - best.start) best = { start, end: y };
      start = -1;
    }
  }
  if (!best || best.end - best.start < MIN_PILL_ROWS) {
    throw new Error(`no "Show image" pill seen in the cover at ${JSON.stringify(box)}`);
  }
  const scale = box.height / image.height;
  return { x: box.x + box.width / 2, y: box.y + ((best.start + best.end) / 2) * scale };
}

/** A point inside the "Hide image" button of a revealed cover. */
export function hideButtonByLayout(box: Box): Point {
  return { x: box.x + 20, y: box.y + 18 };
}
