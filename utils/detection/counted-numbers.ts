import type { TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';

// Which number beside a death or injury word in a picture's own text is a toll: a cardinal count
// of people ("264 Tote", "1,2 millions de morts"), not a time, an ordinal, an age, a span of time,
// a model's number or a date.

/**
 * A death or injury word next to a large number is a toll ("has killed at least 60 people",
 * "the bodies of 250,000 victims", "264 Tote", "1,2 millions de morts"): news about numbers, not
 * what the picture shows.
 */
const TOLL_MIN = 50;
/**
 * A number, and what follows it (a unit makes it a distance or a share, not a count). A number
 * written with a slash on either side is a position in a gallery ("4/120"), a date or a ratio,
 * never a count of people: it is read whole and skipped.
 */
const NUMBER = lazy(() => /(\d[\d.,]*(?:\s?\/\s?\d[\d.,]*)*)(\s*(?:k?m|%|°)(?![\p{L}]))?/gu);
const SLASH_BEFORE = lazy(() => /\/\s?$/);
/**
 * A date written with dots, day and month of one or two digits ("12.04.2022", "1.2.2023",
 * "12.04."), as dpa's captions open ("12.04.2022, Ukraine, Butscha: …") and German, Russian,
 * Ukrainian and Turkish text writes dates; a group of thousands has three digits ("1.200 Tote").
 */
const DOTTED_DATE = lazy(() => /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?\.?,?$/);
/**
 * An integer written in groups of thousands: every group after the first has exactly three digits,
 * with one separator throughout ("1.200", "1,200", "250.000"; "1 200" is read as its last group,
 * itself a toll). Any other number with a point or a comma in it ("14.30 Uhr", "2,5", "3.5 km") is
 * a decimal or a time of day, never a count of people, unless a magnitude word follows it.
 */
const GROUPED = lazy(() => /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/);
/**
 * Thousand, million and billion in each language, after a number: "1.2 million", "1,2 Millionen",
 * "1,2 млн", "2,5 milyon", "1,5 مليون", "6 Millionen" are large counts however the number is written.
 */
const MAGNITUDE =
  // eslint-disable-next-line forewarn/no-word-list -- counts are read with no language known, every language at once
  lazy(() => /^\s*(?:thousands?|millions?|billions?|bn|tausend|mio|millionen|milliarden?|mrd|mille|milliards?|mil|mill[oó]n|millones|тыс\p{L}*|тис\p{L}*|млн|млрд|миллион\p{L}*|миллиард\p{L}*|мільйон\p{L}*|мільярд\p{L}*|bin|milyon\p{L}*|milyar\p{L}*|ألف|آلاف|مليون|ملايين|مليار\p{L}*)(?![\p{L}])/iu);
/** A unit of time (an age, a span) after a number, in the eight languages. */
// eslint-disable-next-line forewarn/no-word-list -- counts are read with no language known, every language at once
const TIME_UNIT = String.raw`(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|[Jj]ahren?|jährig\p{L}*|Monaten?|Wochen?|Tagen?|Stunden?|Minuten?|ans?|mois|semaines?|jours?|heures?|años?|mes|meses|semanas?|días?|horas?|minutos?|лет|летн\p{L}*|год|года|годам?|месяц\p{L}*|недел\p{L}*|дн\p{L}*|день|суток|час\p{L}*|минут\p{L}*|рок\p{L}*|рік|річн\p{L}*|місяц\p{L}*|тиж\p{L}*|діб|годин\p{L}*|хвилин\p{L}*|yaş\p{L}*|yıl\p{L}*|ay|aylık|hafta\p{L}*|gün\p{L}*|saat\p{L}*|dakika\p{L}*|عام|عاما|أعوام|اعوام|سنة|سنوات|شهر|أشهر|اشهر|يوم|يوما|أيام|ايام|ساعة|ساعات|دقيقة|دقائق)`;
/**
 * Numbers that count nothing, blanked before numbers are read (a toll is a cardinal count of
 * people):
 * - a time of day written with a colon or an h ("14:30", "20h30", "14 h 30"; a time with a point,
 *   "14.30 Uhr", "saat 14.30", "в 14.30", is a decimal for GROUPED);
 * - an ordinal with its ending ("100th", "100e", "1er", "100º"; Turkish "100. gününde", a point
 *   before a lower-case word) and German's before a capitalized noun when an article or a
 *   preposition with one stands before it ("am 100. Tag", "zum 50. Jahrestag", "des 3. Bataillons":
 *   "stieg auf 264. Die Behörden…" is a sentence's end);
 * - a Russian or Ukrainian number with a hyphenated ending that is not a cardinal's case ("100-й",
 *   "5-го", "75-летие", "65-летний", "70-річний", "9-этажный"; "50-ти человек", "3-х", "5-ю" stay
 *   counts);
 * - an age or a span of time: a number before a unit of time ("65-year-old", "65 years", "3 days",
 *   "65-jährig", "65 ans", "65 años", "50-ти летний", "65 лет", "5 днів", "65 yaşında", "65 عاما");
 * - a model's number: glued to letters or after letters and a hyphen ("A320", "MH17", "T-72",
 *   "Su-25", "Ту-154", "M777") or after a maker's name ("Boeing 737", "Airbus 320", "Leopard 2",
 *   "بوينغ 737").
 */
const NOT_A_COUNT = lazy(
  () =>
    new RegExp(
      // Every number that counts nothing starts at a digit: the lookahead lets the engine pass
      // every other position at once, where it would try each alternative's lookbehind (the
      // pattern took ~40 µs per caption with a date, as much as the rest of a picture's reading).
      `(?=\\d)(?:${[
        String.raw`(?<![\d.,:])\d{1,2}(?::|\s?h\s?)\d{2}(?![\d.,]?\d)`,
        String.raw`(?<![\d.,])\d+(?:st|nd|rd|th|er|re|ère|ème|eme|e|º|ª)(?![\p{L}])`,
        String.raw`(?<![\d.,])\d+\.(?=\s+\p{Ll})`,
        String.raw`(?<=(?:^|[^\p{L}])(?:[Aa]m|[Ii]m|[Zz]um|[Zz]ur|[Vv]om|[Bb]eim|[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|[Ee]inem|[Ee]iner|[Ii]hrem|[Ii]hrer|[Ss]einem|[Ss]einer)\s+)\d{1,4}\.(?=\s+\p{Lu})`,
        String.raw`(?<![\d.,])\d+-(?!(?:ти|х|ух|ех|ю|мя|ми|и)(?![\p{L}]))\p{Script=Cyrillic}+`,
        String.raw`(?<![\d.,])\d+(?:-(?:ти|х))?(?:\s|-|\s-\s)?(?=${TIME_UNIT}(?![\p{L}]))`,
        String.raw`(?<=[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]-?)\d+`,
        // eslint-disable-next-line forewarn/no-word-list -- counts are read with no language known, every language at once
        String.raw`(?<=(?:^|[^\p{L}])(?:Boeing|Airbus|Embraer|Cessna|Leopard|Боинг\p{L}*|Аэробус\p{L}*|Эйрбас\p{L}*|Боїнг\p{L}*|بوينغ|بوينج|ايرباص|إيرباص)\s)\d+`,
      ].join('|')})`,
      'gu',
    ),
);
const DIGIT = lazy(() => /\d/);
/**
 * The text with times of day and ordinals blanked, of the same length (hit positions hold). A
 * text without a digit is its own answer: the pattern is large, and compiling it cost a page ~4
 * ms at its first counted word.
 */
export function withoutTimesAndOrdinals(text: string): string {
  if (!DIGIT().test(text)) return text;
  return text.replace(NOT_A_COUNT(), (m) => ' '.repeat(m.length));
}
const NUMBER_CHAR = lazy(() => /[\d.,]/);
/**
 * A wound, blood or the severity named (`[explicit-injury]`) is counted only by a number standing
 * right before it, two words at most and no punctuation between ("200 seriously wounded", "200
 * blessés graves", "200 kişi ağır yaralandı"): "A bleeding man after the blast that killed 60"
 * names what the picture shows, beside the story's toll.
 */
const COUNTS_THE_WORD = lazy(() => /(?:^|[^\d.,/])(\d[\d.,]*)(\s+(?:[\p{L}'’-]+\s+){0,2})$/u);
/** `text` has times of day and ordinals blanked (withoutTimesAndOrdinals). */
export function isCount(text: string, hit: TermHit): boolean {
  // A place that holds remains ("found in a mass grave") is where the count lies, never the count.
  if (hit.category === 'remains') return false;
  if (hit.kind !== 'injury' && !(hit.kind === 'graphic' && hit.category === 'dead-bodies' && !hit.explicit)) return false;
  const explicit = hit.kind === 'injury' && hit.explicit;
  let from = Math.max(0, hit.at - (explicit ? 40 : 30));
  // The window never starts inside a number ("…04.2022" of a date).
  const numberChar = NUMBER_CHAR();
  while (from > 0 && numberChar.test(text[from - 1]!)) from--;
  if (explicit) {
    const m = COUNTS_THE_WORD().exec(text.slice(from, hit.at));
    return !!m && isToll(m[1]!, m[2]!);
  }
  const around = text.slice(from, hit.at + hit.text.length + 40);
  for (const { 1: digits, 2: unit, index } of around.matchAll(NUMBER())) {
    // The window may start inside "4/120": the slash before it counts too.
    if (digits!.includes('/') || SLASH_BEFORE().test(text.slice(Math.max(0, from + index - 2), from + index))) continue;
    if (!unit && isToll(digits!, around.slice(index + digits!.length))) return true;
  }
  return false;
}

/**
 * A number large enough to be a toll, and not a date (a year, "in 1942", "2022", or a dotted date)
 * nor a decimal or a time ("14.30", "2,5"); `after` is the text following it, where a magnitude
 * word makes any number a large count ("2,5 Millionen").
 */
function isToll(written: string, after: string): boolean {
  if (DOTTED_DATE().test(written)) return false;
  if (MAGNITUDE().test(after)) return true;
  const digits = written.replace(/[.,]+$/, '');
  if (/[.,]/.test(digits) && !GROUPED().test(digits)) return false;
  const n = Number(digits.replace(/[.,]/g, ''));
  return n >= TOLL_MIN && (n < 1800 || n > 2100);
}

