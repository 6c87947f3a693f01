import { describe, expect, it } from 'vitest';
import { chooseOnDeviceVoice } from '../../../utils/reader/choose-on-device-voice';
import { contentNote } from '../../../utils/reader/content-note';
import { readerEnglish } from '../../../utils/reader/reader-wording';
import { srcsetUrls } from '../../../utils/reader/image-urls-of';
import { mergeVerdicts, type MarkedVerdict } from '../../../utils/reader/image-verdict';
import { isGraphicPassage } from '../../../utils/reader/is-graphic-passage';
import { textDirection } from '../../../utils/reader/text-direction';

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
    expect(contentNote({ violenceShare: 0.4, categories: ['torture', 'dead-bodies'] }, [], readerEnglish)).toBe('This article describes torture and deaths.');
    expect(contentNote({ violenceShare: 0.4, categories: ['torture'] }, ['remains', 'torture', 'injury'], readerEnglish)).toBe('This article describes torture, human remains, and serious injuries.');
    expect(contentNote({ violenceShare: 0.02, categories: ['torture'] }, [], readerEnglish)).toBeNull();
    expect(contentNote({ violenceShare: 0.5, categories: [] }, [], readerEnglish)).toBeNull();
  });

  it('lists topics the way the reader\'s language does', () => {
    const french = (key: string, subs: string[] = []) =>
      ({ reader_note: `Cet article décrit ${subs[0]}.`, reader_note_torture: 'la torture', reader_note_dead_bodies: 'des morts' })[key] ?? key;
    expect(contentNote({ violenceShare: 0.4, categories: ['torture', 'dead-bodies'] }, [], french, 'fr')).toBe('Cet article décrit la torture et des morts.');
  });
});

describe('isGraphicPassage', () => {
  it('folds a paragraph that describes injuries in detail, not one that only names the subject', () => {
    expect(isGraphicPassage('The pathologists found that many of the dead were severely emaciated. Several bodies show burn marks on the chest and arms consistent with electric shocks. One body has its eyes gouged out.', 'en')).toBe(true);
    expect(isGraphicPassage('The Ledger has reviewed the photographs with the families of people who disappeared after arrest. The images were authenticated by two forensic teams.', 'en')).toBe(false);
    // One graphic sentence among calm ones is a mention, not a description.
    expect(isGraphicPassage('Human rights groups have asked for the site to be preserved as evidence. A mass grave discovered last year contains at least 300 bodies.', 'en')).toBe(false);
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
