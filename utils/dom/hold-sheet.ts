import { adoptSheet, dropSheet } from './adopted-sheets';
import { BACKGROUND_SELECTOR, MEDIA_SELECTOR } from './media-selectors';
import { RELEASE_ATTRIBUTE } from './release-attribute';

// The hold rules of hold-media.css, released only by this script's secret release attribute
// (release-attribute.ts), not by the mark a page can forge. Adopted into the document as soon
// as the first picture appears (so a forged "safe" or "revealed" mark releases nothing), into
// open and closed shadow roots (document styles stop at their boundary), and into documents
// where this script was injected late (after an extension update). One constructed sheet serves
// every root, so turning a site off releases them all at once (sheet.disabled).

// The :not(#…) parts give id-level specificity against page rules, as in hold-media.css.
const UNDECIDED = `:not([${RELEASE_ATTRIBUTE}]):not(#forewarn-a):not(#forewarn-b):not(#forewarn-c):not(#forewarn-d)`;

export const HOLD_RULES = `
:is(${MEDIA_SELECTOR})${UNDECIDED} { opacity: 0 !important; visibility: hidden !important; }
:is(${BACKGROUND_SELECTOR})${UNDECIDED}:not(html, body) { background-size: 0 0 !important; }
figure object${UNDECIDED}, figure svg${UNDECIDED} image, figure div${UNDECIDED}::before, figure div${UNDECIDED}::after { visibility: hidden !important; }
`;

export function createHoldSheet(win: Window & typeof globalThis): CSSStyleSheet | undefined {
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HOLD_RULES);
    return sheet;
  } catch {
    return undefined; // very old engines: the manifest sheet and inline holds still apply
  }
}

/** Takes the sheet out of a root (this script retired: a newer one brings its own key). */
export function dropHoldSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet | undefined): void {
  if (!sheet || !('adoptedStyleSheets' in root)) return;
  try {
    dropSheet(root, sheet);
  } catch {
    // As below.
  }
}

/** Adds the sheet to a root's adopted sheets unless it is there (pages may reassign the list). */
export function adoptHoldSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet | undefined): void {
  if (!sheet || !('adoptedStyleSheets' in root)) return;
  try {
    adoptSheet(root, sheet);
  } catch {
    // A root that refuses the list (an engine without constructed sheets, a wrapper that will
    // not take it): the manifest sheet and the inline hold of covered pictures still apply.
  }
}
