const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

/** Sets <html lang dir> from the browser's UI language so Arabic pages lay out right to left. */
export function applyDocumentLocale(doc: Document, uiLanguage: string): void {
  const lang = uiLanguage || 'en';
  doc.documentElement.lang = lang;
  doc.documentElement.dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
}

export function isRightToLeft(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0] ?? '');
}
