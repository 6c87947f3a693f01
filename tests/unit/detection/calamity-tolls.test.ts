import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { measureArticleViolence } from '../../../utils/detection/measure-article-violence';

// Issue 12, round 63: the dead and injured of a disaster, a disease or an accident are a toll,
// not violence shown, in the page's title as in its sentences. Invented sentences after ru-0135
// (a crushed minibus photographed after a crash "with four dead").
const page = (lang: string, title: string, text: string) => ({ lang, title, ...measureArticleViolence(text, lang) });

describe('a page whose title names an accident or a disaster', () => {
  it.each([
    [
      'ru',
      'Последствия ДТП с четырьмя погибшими в Подмосковье сняли на фото',
      'В Сети появились кадры с места ДТП, в котором погибли четыре человека. Фото опубликовала прокуратура. ' +
        'На снимках видна фура и смятый микроавтобус. Спасатели извлекли из салона погибших. Авария произошла в субботу на трассе.',
    ],
    [
      'en',
      'Photos show the aftermath of the crash that left four people dead',
      'Four people died when a minibus hit a truck in the crash on Saturday. The prosecutor released the photos. ' +
        'The pictures show a truck and a crushed minibus. Rescuers pulled the dead from the cab. The accident happened on the M8 road.',
    ],
  ])('does not make an uncaptioned lead picture violent for its death count (%s)', (lang, title, text) => {
    const verdict = classifyImageContext({ placement: 'lead', fileName: 'image12.jpg' }, page(lang, title, text));
    expect(verdict.coverAt).toBeNull();
  });

  it('still does when the same count is of an attack', () => {
    const text =
      'В Сети появились кадры с места обстрела, в котором погибли четыре человека. Фото опубликовала прокуратура. ' +
      'На снимках видна фура и смятый микроавтобус. Спасатели извлекли из салона погибших. Обстрел произошёл в субботу на трассе.';
    const verdict = classifyImageContext({ placement: 'lead', fileName: 'image12.jpg' }, page('ru', 'Последствия обстрела с четырьмя погибшими сняли на фото', text));
    expect(verdict.coverAt).toBe('balanced');
  });
});

// Round 65: the same in the picture's own words, after en-0008 ("The latest case of bubonic
// plague was reported after a hunter killed and ate a rabbit"). Invented sentences.
describe("a caption sentence naming a disaster, a disease or an accident", () => {
  const neutral = (lang: string) => ({ lang, violenceShare: 0, categories: [] });
  const coverAt = (caption: string, lang: string) =>
    classifyImageContext({ placement: 'article-body', fileName: 'image12.jpg', caption }, neutral(lang)).coverAt;

  it.each([
    ['en', 'A new case of cholera was reported after a farmer killed a goat'],
    ['en', 'Residents outside the school where two pupils were injured when the earthquake struck'],
    ['fr', 'Des habitants devant l’école où deux élèves ont été blessés lors du séisme'],
  ])('counts its killed and injured as a toll, not as what the picture shows (%s)', (lang, caption) => {
    expect(coverAt(caption, lang)).not.toBe('balanced');
    expect(coverAt(caption, lang)).not.toBe('minimal');
  });

  it.each([
    ['en', 'A woman bleeding from the head after the earthquake'],
    ['en', 'A badly injured man is pulled from the rubble after the earthquake'],
  ])('still shows a wound, blood or the severity named (%s)', (lang, caption) => {
    expect(coverAt(caption, lang)).toBe('balanced');
  });

  it('still counts the same words in a caption about an attack', () => {
    expect(coverAt('Residents outside the school where two pupils were injured when the missile struck', 'en')).toBe('balanced');
  });
});
