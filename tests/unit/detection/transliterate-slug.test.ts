import { describe, expect, it } from 'vitest';
import { transliterateSlug } from '../../../utils/detection/transliterate-slug';

// The Cyrillic reading of a Latin file name on a Russian or Ukrainian page: the longest letter
// group wins, and a language's own groups ("h" is г in Ukrainian) over the common ones.
describe('transliterateSlug', () => {
  it('reads the longest letter groups first', () => {
    expect(transliterateSlug('bucha tela massovoe zahoronenie', 'ru')).toBe('буча тела массовое захороненє');
    expect(transliterateSlug('shchyolkovo yizhak khersonshchyna', 'uk')).toBe('щелково їжак херсонщина');
    expect(transliterateSlug('xyz qwj iu ia ie yo ye', 'ru-RU')).toBe('ксыз квй ю я є е е');
  });

  it("takes each language's own letters over the common ones", () => {
    expect(transliterateSlug('shchyolkovo yizhak khersonshchyna', 'ru')).toBe('щелково ыижак херсонщына');
    expect(transliterateSlug('Obstril Kharkova', 'UK')).toBe('обстріл харкова');
    expect(transliterateSlug('yihy hyi', 'uk')).toBe('їги гї');
  });

  it('reads only Latin slugs on Russian and Ukrainian pages', () => {
    expect(transliterateSlug('bucha', 'en')).toBeUndefined();
    expect(transliterateSlug('bucha', undefined)).toBeUndefined();
    expect(transliterateSlug('déjà', 'ru')).toBeUndefined();
  });
});
