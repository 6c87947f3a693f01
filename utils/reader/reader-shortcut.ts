// The reading view's keyboard shortcut, suggested in the manifest (wxt.config.ts) and named in the
// README's keyboard table (a unit test keeps the two equal). Chromium silently leaves some
// suggestions unbound: Alt+Shift+R and Alt+Shift+W stay "Not set" on Linux. Alt+Shift+V ("view")
// is bound by Chromium and Firefox alike; the e2e suites check `commands.getAll()` in both.
export const READER_SHORTCUT = 'Alt+Shift+V';
