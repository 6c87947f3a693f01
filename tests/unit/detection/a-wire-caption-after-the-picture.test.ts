import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { byDefault, violentPage } from './test-pages';

// Round 136: a photo report often sets each picture's caption as a line of the article under it,
// written as a wire caption: what is shown, then the place and the date after a comma ("…, Київ,
// 5 червня 2022 року."). That line is the picture's own caption, and an uncaptioned picture is
// judged on it: a harmless scene is not covered by the violent article around it (strict at most),
// while a wire line that names the dead or a wound covers it from its own words.

const uncaptioned = (lang: string, near: Partial<ImageTextContext>) =>
  classifyImageContext({ placement: 'article-body', ...near }, violentPage(lang)).coverAt;

describe('a wire caption after an uncaptioned picture telling a harmless scene: not covered by default', () => {
  const scenes: [string, string][] = [
    ['en', 'Firefighters put out a fire at a shelled railway plant, Kyiv, June 5, 2022.'],
    ['en', 'Children play in a park next to the memorial, Kyiv, 5 June 2022.'],
    ['de', 'Feuerwehrleute löschen einen Brand auf dem beschossenen Werk, Kiew, 5. Juni 2022.'],
    ['fr', "Des pompiers éteignent un incendie dans l'usine bombardée, Kyiv, le 5 juin 2022."],
    ['es', 'Niños juegan en un parque junto al memorial, Kiev, 5 de junio de 2022.'],
    ['ru', 'Пожарные тушат пожар на обстрелянном заводе, Киев, 5 июня 2022 года.'],
    ['ru', 'Дети играют в парке возле мемориала, Киев, 5 июня 2022 г.'],
    ['uk', 'Пожежники гасять пожежу на обстріляному заводі, Київ, 5 червня 2022 року.'],
    ['tr', 'Çocuklar anıtın yanındaki parkta oynuyor, Kiev, 5 Haziran 2022.'],
    ['ar', 'رجال الإطفاء يخمدون حريقا في المصنع الذي تعرض للقصف، كييف، 5 يونيو 2022.'],
  ];
  it.each(scenes)('%s: "%s"', (lang, after) => {
    expect(byDefault(uncaptioned(lang, { after }))).toBe(false);
  });
});

describe('guards: a wire caption naming the dead or a wound, and lines that are no wire caption', () => {
  const covered: [string, Partial<ImageTextContext>][] = [
    ['en', { after: 'Bodies of civilians lie in a street, Bucha, April 3, 2022.' }],
    ['de', { after: 'Leichen von Zivilisten liegen auf einer Straße, Butscha, 3. April 2022.' }],
    ['fr', { after: 'Des corps de civils gisent dans une rue, Boutcha, le 3 avril 2022.' }],
    ['es', { after: 'Cadáveres de civiles yacen en una calle, Bucha, 3 de abril de 2022.' }],
    ['ru', { after: 'Тела мирных жителей лежат на улице, Буча, 3 апреля 2022 года.' }],
    ['uk', { after: 'Тіла мирних жителів лежать на вулиці, Буча, 3 квітня 2022 року.' }],
    ['tr', { after: 'Sivillerin cesetleri sokakta yatıyor, Buça, 3 Nisan 2022.' }],
    ['ar', { after: 'جثث مدنيين ملقاة في شارع، بوتشا، 3 أبريل 2022.' }],
    ['en', { after: 'A badly wounded man bleeds on a stretcher, Kharkiv, March 2, 2022.' }],
    ['uk', { after: 'Тяжко поранений чоловік стікає кров’ю на ношах, Харків, 2 березня 2022 року.' }],
    // No place and date at the end: a line of the story, and the article speaks for the picture.
    ['en', { after: 'Firefighters put out a fire at a shelled railway plant in Kyiv on Sunday.' }],
    ['uk', { after: 'Пожежники гасять пожежу на обстріляному заводі в Києві в неділю.' }],
    ['en', { after: 'The shelling began on June 5, 2022, and went on for weeks in the city.' }],
    ['tr', { after: 'Saldırı 5 Haziran 2022 tarihinde başladı ve haftalarca sürdü.' }],
    // A credit and a date say nothing of what is shown.
    ['en', { after: 'Photo: Reuters, June 5, 2022.' }],
    // The dated line before the picture is the previous picture's caption, not this one's.
    ['en', { before: 'Children play in a park next to the memorial, Kyiv, 5 June 2022.' }],
  ];
  it.each(covered)('%s: %j stays covered by default', (lang, near) => {
    expect(byDefault(uncaptioned(lang, near))).toBe(true);
  });

  it('a picture with its own caption keeps it, and the wire line after it stays the paragraph', () => {
    const near = { caption: 'Bodies of civilians in a street in Bucha', after: 'Children play in a park next to the memorial, Kyiv, 5 June 2022.' };
    expect(byDefault(uncaptioned('en', near))).toBe(true);
  });
});
