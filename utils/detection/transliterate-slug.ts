// Russian and Ukrainian sites name image files with Latin transliterations of the headline
// ("bucha-tela-massovoe-zahoronenie.jpg"). Turning them back into Cyrillic lets the lexicon
// read them. Longest letter groups first; the result only needs to meet the lexicon's stems.

import { lazy } from '../lazy-regexp';

/** Latin letter groups and the Cyrillic they stand for, both languages alike. */
const COMMON: Record<string, string> = {
  shch: 'щ', sch: 'щ', zh: 'ж', kh: 'х', ts: 'ц', ch: 'ч', sh: 'ш',
  yu: 'ю', iu: 'ю', ya: 'я', ia: 'я', yo: 'е', ye: 'е', ie: 'є',
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т',
  u: 'у', f: 'ф', h: 'х', c: 'ц', w: 'в', x: 'кс', j: 'й', q: 'к',
};
const RU: Record<string, string> = { ...COMMON, y: 'ы', i: 'и' };
const UK: Record<string, string> = { ...COMMON, yi: 'ї', y: 'и', i: 'і', h: 'г' };

function compile(table: Record<string, string>): { re: RegExp; map: Map<string, string> } {
  const map = new Map(Object.entries(table).sort((a, b) => b[0].length - a[0].length));
  return { re: new RegExp([...map.keys()].join('|'), 'g'), map };
}
/** Compiled on first need: module code runs in every frame of every page, most never read a Cyrillic slug. */
const TABLES: Partial<Record<'ru' | 'uk', ReturnType<typeof compile>>> = {};
const LATIN_ONLY = lazy(() => /^[a-z0-9\s]+$/);

/** Cyrillic reading of a Latin slug for a Russian or Ukrainian page, else undefined. */
export function transliterateSlug(words: string, lang: string | undefined): string | undefined {
  const base = (lang ?? '').toLowerCase().slice(0, 2);
  if (base !== 'ru' && base !== 'uk') return undefined;
  const lower = words.toLowerCase();
  if (!LATIN_ONLY().test(lower)) return undefined;
  const { re, map } = (TABLES[base] ??= compile(base === 'ru' ? RU : UK));
  return lower.replace(re, (m) => map.get(m) ?? m);
}
