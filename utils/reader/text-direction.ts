// Languages written right to left, for pages that declare lang but not dir.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The page's declared dir when valid, else the direction of its language. */
export function textDirection(declared: string, lang: string): 'ltr' | 'rtl' {
  const dir = declared.trim().toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
