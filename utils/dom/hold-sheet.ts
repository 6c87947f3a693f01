import { BACKGROUND_SELECTOR, MEDIA_SELECTOR, PROBE_ATTRIBUTE } from './media-selectors';

// The hold rules of hold-media.css for places the manifest stylesheet does not reach: open
// shadow roots (document styles stop at their boundary) and documents where this script was
// injected late (after an extension update). One constructed sheet serves every root, so turning
// a site off releases them all at once (sheet.disabled).

// The :not(#…) parts give id-level specificity against page rules, as in hold-media.css.
const UNDECIDED =
  ':not([data-forewarn="safe"], [data-forewarn="revealed"]):not(#forewarn-a):not(#forewarn-b):not(#forewarn-c):not(#forewarn-d)';

export const HOLD_RULES = `
:is(${MEDIA_SELECTOR})${UNDECIDED} { opacity: 0 !important; visibility: hidden !important; }
:is(${BACKGROUND_SELECTOR})${UNDECIDED}:not(html, body, [${PROBE_ATTRIBUTE}]) { background-image: none !important; }
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

/** Adds the sheet to a root's adopted sheets unless it is there (pages may reassign the list). */
export function adoptHoldSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet | undefined): void {
  if (!sheet || !('adoptedStyleSheets' in root)) return;
  try {
    const current = root.adoptedStyleSheets;
    if (!current.includes(sheet)) root.adoptedStyleSheets = [...current, sheet];
  } catch {
    // Firefox content scripts see page objects through Xray wrappers, which may refuse this;
    // the manifest sheet and the inline hold of covered pictures still apply.
  }
}
