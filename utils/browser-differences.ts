// Everything that differs between the Chromium and the Firefox builds, in one place. Runtime code
// has no `if firefox` branches: where an API or a CSS feature may be missing it tests for the
// feature itself (anchor positioning in components/cover/place-cover.ts, `browser.commands?` and
// `browser.contextMenus?` in the background), so a new browser version simply takes the better
// path. What cannot be feature-tested at run time is the manifest, assembled here.
//
// Firefox build: Manifest V2, WXT's default for Firefox, chosen on purpose:
// - host access: in Firefox MV3 the sites a content script matches are permissions the person
//   may withhold or revoke per site, and until granted nothing runs, so pictures would paint
//   before any cover. In MV2 they are granted with the install, and the document_start
//   stylesheet that holds pictures back is in place on every page from the first one.
// - background: MV2 gives a persistent background page; Firefox MV3 would give an event page
//   that is unloaded when idle (no service workers there). A persistent page answers the
//   popup's open-reader message, the keyboard command and the context menu without a wake-up.
// - commands, contextMenus, storage.session (Firefox 115+), tabs and i18n work the same in both;
//   WXT writes browser_action instead of action. scripting.executeScript (the content script
//   after an update, the reading view's snapshot with its promised result) works in MV2 too.
// `npm run build:firefox -- --mv3` still builds an MV3 variant; the Firefox tests can run it with
// FOREWARN_FIREFOX_MANIFEST=3.

/** Firefox add-on id: fixed, so storage survives updates and signing finds the same add-on. */
export const GECKO_ID = 'forewarn@forewarn.invalid';

/**
 * Oldest Firefox that understands every key we ship: `data_collection_permissions` arrived in
 * Firefox 140 (desktop, an ESR) and 142 (Android). Firefox 140 has no CSS anchor positioning;
 * covers there are placed by measuring (components/cover/place-cover.ts).
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Manifest keys that exist for one browser only. */
export function browserSpecificManifest(browser: string): Record<string, unknown> {
  if (browser !== 'firefox') return {};
  return {
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Forewarn collects nothing; Firefox shows this at install.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
