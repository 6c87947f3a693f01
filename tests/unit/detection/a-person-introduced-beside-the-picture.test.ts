import { describe, expect, it } from 'vitest';
import { besideCoveredByDefault, captionCoverAt } from './test-pages';
import { HARM_IN_A_DATED_PHOTOGRAPH } from './shared-captions';

// Round 102: who the picture is of, outranking the violence around it, and the other side of the
// same rule. (1) The line right beside an uncaptioned picture that introduces a person by their
// age ("93-year-old Tsutomu Yamaguchi", "Der 93-jährige…", "93 yaşındaki…", "البالغ من العمر 93")
// and names no harm is the page's line for a portrait: the burns the paragraph tells later
// happened to that person, so a violent page covers the picture at strict, not by default. The
// line on the picture's other side must name no harm either. (2) A portrait hint that only dates
// or sources a photograph ("in an undated photo", "foto sin fecha", "фото из семейного архива"),
// in a clause after a graphic word of the same sentence, says when the photo of that harm was
// taken: the harm named first is what is shown (minimal). Sentences written for these tests.

const introduced: [string, string][] = [
  ['en', 'The story of 93-year-old Tsutomu Yamaguchi reads like a film script. He was on a business trip in Hiroshima in August 1945. He suffered severe burns to his upper body.'],
  ['fr', "Jean Martin, âgé de 93 ans, vit aujourd'hui à Lyon. En 1944 il a été grièvement blessé et brûlé sur tout le corps."],
  ['es', 'Juan Pérez, de 93 años, vive hoy en Sevilla. En 1944 sufrió graves quemaduras en todo el cuerpo.'],
  ['de', 'Der 93-jährige Hans Weber lebt heute in Köln. Im Krieg erlitt er schwere Verbrennungen am ganzen Körper.'],
  ['ru', '93-летний Иван Петров живёт сегодня в Твери. В 1944 году он получил тяжёлые ожоги всего тела.'],
  ['uk', '93-річний Іван Петренко живе сьогодні у Львові. У 1944 році він отримав важкі опіки всього тіла.'],
  ['tr', '93 yaşındaki Tsutomu Yamaguchi’nin hikayesi bir film senaryosu gibi. Yamaguchi, 1945’te Hiroşima’ya gitti. Vücudunun üst kısmında ciddi yanıklar oluştu.'],
  ['ar', 'يعيش أحمد علي البالغ من العمر 93 عاما اليوم في عمّان. في عام 1948 أصيب بحروق بالغة في جسده.'],
];

describe('a line beside an uncaptioned picture introducing a person by their age: not covered by default for the harm told after it', () => {
  it.each(introduced)('%s: %s', (lang, after) => {
    expect(besideCoveredByDefault(lang, '', { after })).toBe(false);
  });
});

describe('guards: harm in the introducing line or on the other side, a span of years, a pointing line', () => {
  it.each([
    ['en', { after: 'A 12-year-old boy was badly wounded in the strike. Doctors treated his burns.' }],
    ['en', { after: 'The photo shows 12-year-old Ahmed with severe burns on his face.' }],
    ['en', { before: 'Mariam, a 12-year-old schoolgirl from Aleppo, loved drawing.', after: 'Two days later, her body was found under the rubble.' }],
    ['tr', { before: 'Parkta oynayan 9 yaşındaki Hamza, köpeğin saldırısıyla yüzünden yaralandı.', after: '9 yaşındaki Hamza Eroğlu ailesiyle yaşıyor.' }],
    ['fr', { after: 'Il y a plus de 20 ans, des cadavres ont été retrouvés dans la forêt.' }],
    ['es', { after: 'Hace más de 20 años, los cadáveres de 12 personas aparecieron en la fosa.' }],
    ['tr', { after: '12 yaşındaki çocuğun cesedi enkazdan çıkarıldı.' }],
    ['ar', { after: 'عثر على جثة الطفل البالغ من العمر 12 عاما تحت الأنقاض.' }],
    ['uk', { after: 'Тіло 12-річного хлопчика знайшли під завалами.' }],
    ['de', { after: 'Die Leiche des 12-jährigen Jungen wurde unter den Trümmern gefunden.' }],
  ] as [string, Record<string, string>][])('%s: %j', (lang, near) => {
    expect(besideCoveredByDefault(lang, '', near)).toBe(true);
  });
});

describe('a photograph dated or sourced after the harm it shows: the harm is what is shown', () => {
  it.each([...HARM_IN_A_DATED_PHOTOGRAPH, ['en', 'Bodies lie in a street in Bucha, in an undated photo released by the army.']])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('guards: a satellite image stays one, and a portrait hint before the harm or with the harm as background stays a portrait', () => {
  it.each([
    ['en', 'Bodies on Yablunska street in Bucha, in this satellite image.', 'strict'],
    ['es', 'Cadáveres en una calle de Bucha, imagen satelital.', 'strict'],
    ['fr', 'Des cadavres dans une rue de Boutcha, image satellite.', 'strict'],
    ['de', 'Leichen in einer Straße in Butscha, Satellitenbild.', 'strict'],
    ['uk', 'Тіла на вулиці в Бучі, супутниковий знімок.', 'strict'],
    ['en', 'An undated family photo of Anna, who was tortured to death.', null],
    ['en', 'Anna Petrova, in an undated photo. She was tortured and shot in 1942.', null],
    ['en', 'An undated photo of the murdered journalist.', null],
  ])('%s: %s', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang)).toBe(level);
  });
});
