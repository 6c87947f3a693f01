import { describe, expect, it } from 'vitest';
import { chooseOnDeviceVoice } from '../../../utils/reader/choose-on-device-voice';
import { contentNote } from '../../../utils/reader/content-note';
import { srcsetUrls } from '../../../utils/reader/image-urls-of';
import { mergeVerdicts, type MarkedVerdict } from '../../../utils/reader/image-verdict';
import { isGraphicPassage } from '../../../utils/reader/is-graphic-passage';
import { textDirection } from '../../../utils/reader/text-direction';
import { measureArticleViolence } from '../../../utils/detection/measure-article-violence';

describe('srcsetUrls', () => {
  it('reads candidates with descriptors, and URLs that contain commas', () => {
    expect(srcsetUrls('a.jpg 1x, b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
    expect(srcsetUrls(' /img/x,y.jpg 480w,/img/z.jpg 800w ')).toEqual(['/img/x,y.jpg', '/img/z.jpg']);
    expect(srcsetUrls('single.png')).toEqual(['single.png']);
  });
});

describe('mergeVerdicts', () => {
  const safe: MarkedVerdict = { state: 'safe', categories: [], reason: '' };
  it('covers when any verdict is not safe, and when there is none at all', () => {
    expect(mergeVerdicts([]).state).toBe('unchecked');
    expect(mergeVerdicts([safe, safe]).state).toBe('safe');
    const merged = mergeVerdicts([safe, { state: 'revealed', categories: ['torture'], reason: 'Caption mentions torture' }, { state: 'pending', categories: ['dead-bodies'], reason: '' }]);
    expect(merged).toEqual({ state: 'covered', categories: ['dead-bodies', 'torture'], reason: 'Caption mentions torture' });
  });
});

describe('contentNote', () => {
  it('names what the article describes in one calm sentence, only when it is about it', () => {
    expect(contentNote({ violenceShare: 0.4, categories: ['torture', 'dead-bodies'] })).toBe('This article describes torture and deaths.');
    expect(contentNote({ violenceShare: 0.4, categories: ['torture'] }, ['remains', 'torture'])).toBe('This article describes torture and human remains.');
    expect(contentNote({ violenceShare: 0.02, categories: ['torture'] })).toBeNull();
    expect(contentNote({ violenceShare: 0.5, categories: [] })).toBeNull();
  });
});

describe('isGraphicPassage', () => {
  const measure = (text: string) => measureArticleViolence(text, 'en');
  it('folds a paragraph that describes injuries in detail, not one about a trial', () => {
    expect(isGraphicPassage('Several bodies show burn marks on the chest and arms consistent with electric shocks, and the bodies of detainees show deep bruising from beatings with cables.', measure)).toBe(true);
    expect(isGraphicPassage('Lawyers in three European countries have used the photographs as evidence in cases against former officials at a court.', measure)).toBe(false);
  });
});

describe('chooseOnDeviceVoice', () => {
  const v = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });
  it('never picks a network voice, prefers the exact region', () => {
    const voices = [v('Cloud English', 'en-US', false, true), v('Local UK', 'en-GB', true), v('Local US', 'en-US', true), v('Cloud Arabic', 'ar-SA', false)];
    expect(chooseOnDeviceVoice(voices, 'en-US')?.name).toBe('Local US');
    expect(chooseOnDeviceVoice(voices, 'en')?.name).toBe('Local UK');
    expect(chooseOnDeviceVoice(voices, 'ar')).toBeNull();
  });
});

describe('textDirection', () => {
  it('keeps a declared dir and infers right-to-left from the language', () => {
    expect(textDirection('RTL', 'en')).toBe('rtl');
    expect(textDirection('', 'ar-EG')).toBe('rtl');
    expect(textDirection('', 'fa')).toBe('rtl');
    expect(textDirection('auto', 'fr')).toBe('ltr');
  });
});
