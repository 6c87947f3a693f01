import { describe, expect, it } from 'vitest';
import { captionCoverAt, neutralPage, violentPage } from './test-pages';

// Round 70: a caption names first who is shown. A sentence of the picture that opens with people
// named as the victims ("One of the victims…", "Жертвы обстрела…") says the picture shows them,
// dead or wounded, as "the dead" does: a violent article covers it at balanced, where a caption
// that only speaks of killing waits for strict. Invented captions in the style of wire and
// archive captions.
const opening: [string, string][] = [
  ['en', 'Victims of the chemical attack in a basement in Douma, Syria, April 8, 2018.'],
  ['en', 'KYIV, Ukraine (AP) — Victims of the missile strike near a bus stop on Monday.'],
  ['en', 'One of the victims of the shelling in the yard of a school in Bucha, April 3, 2022.'],
  ['fr', 'L’une des victimes du massacre dans une rue de Boutcha, le 3 avril 2022.'],
  ['fr', 'Des victimes du massacre dans la cour d’une école de Houla, le 26 mai 2012.'],
  ['es', 'Una de las víctimas del atentado en el interior de la sala, el 13 de noviembre.'],
  ['de', 'Eines der Opfer des Angriffs in einem Hinterhof in Butscha, April 2022.'],
  ['ru', 'Жертвы обстрела на остановке в Донецке, 22 января 2015 года.'],
  ['uk', 'Жертви обстрілу біля зупинки в Донецьку, 22 січня 2015 року.'],
  ['tr', 'Kurbanlardan biri evinin kapısının önünde, Halepçe, 16 Mart 1988.'],
  ['ar', 'أحد ضحايا القصف على سوق مدينة دوما في ريف دمشق'],
];

describe('a caption that opens with the victims names who is shown', () => {
  it.each(opening)('balanced in a violent article (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang, violentPage(lang))).toBe('balanced');
  });

  it.each(opening)('not from its own words on a page that is not about violence (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang, neutralPage(lang))).toBeNull();
  });
});

describe('victims named further on, by name, or as owners wait for strict', () => {
  it.each([
    // Whose relatives, memorial or court case is shown.
    ['en', 'Relatives of the victims wait outside the courthouse on Tuesday.'],
    ['fr', 'Les familles des victimes attendent devant le tribunal, mardi.'],
    ['ar', 'أهالي الضحايا ينتظرون أمام المستشفى في دوما'],
    ['ru', 'Родственники жертв теракта у здания суда в Москве.'],
    ['uk', 'Меморіал жертвам обстрілу в центрі Харкова.'],
    ['ru', 'Женщина плачет у цветов в память о жертвах теракта в метро.'],
    // A name after the word: a person named as a victim (a portrait).
    ['en', 'Victim Maria Lopez, 34, in an undated family photograph.'],
    ['es', 'La víctima, María López, en una imagen cedida por su familia.'],
    // A possessive: what is theirs is shown.
    ['en', "Victims' families hold a press conference in Damascus."],
    // The victims at their burial: mourning, borderline.
    ['en', 'Victims of the shelling are buried in Kharkiv on Tuesday.'],
  ])('not balanced (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang, violentPage(lang))).not.toBe('balanced');
    expect(captionCoverAt(caption, lang, violentPage(lang))).not.toBe('minimal');
  });
});
