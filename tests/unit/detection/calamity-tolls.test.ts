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
