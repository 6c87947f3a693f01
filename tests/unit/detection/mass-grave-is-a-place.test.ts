import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { captionCoverAt } from './test-pages';

// Round 92: a mass grave is a place where remains lie, not the remains shown. Named alone it
// covers the picture from balanced, not minimal (a grave site, a memorial, the ground being
// cleared); the bodies, bones or remains named beside it keep the picture graphic.

describe('a mass grave named alone is a place: balanced, not minimal', () => {
  it.each([
    ['en', 'Workers clear the site of a mass grave outside the village.'],
    ['es', 'Vista de la fosa común en las afueras del pueblo.'],
    ['fr', 'Vue du charnier à la sortie du village.'],
    ['de', 'Blick auf das Massengrab am Rand des Dorfes.'],
    ['ru', 'Братская могила на окраине села.'],
    ['uk', 'Масове поховання на околиці села.'],
    ['tr', 'Köyün dışındaki toplu mezar alanı.'],
    ['ar', 'مقبرة جماعية على أطراف القرية.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });
});

describe('guards: the remains named beside the grave stay graphic', () => {
  it.each([
    ['en', 'Forensic experts exhume human remains from a mass grave near Izium.'],
    ['es', 'Cadáveres en una fosa común de la guerra.'],
    ['fr', 'Des cadavres dans un charnier près du village.'],
    ['de', 'Leichen in einem Massengrab nahe dem Dorf.'],
    ['ru', 'Тела в братской могиле у села.'],
    ['uk', 'Тіла у масовому похованні біля села.'],
    ['tr', 'Toplu mezardan çıkarılan cesetler.'],
    ['ar', 'جثث في مقبرة جماعية قرب القرية.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('a mass grave is no funeral and no count', () => {
  it('victims buried in a mass grave are covered by default, the burial is not mourning', () => {
    expect(captionCoverAt('Victims of the massacre are buried in a mass grave dug by volunteers.', 'en')).toBe('balanced');
    expect(captionCoverAt('Las víctimas son enterradas en una fosa común cavada por vecinos.', 'es')).toBe('balanced');
  });
  it('a number before the grave counts the dead, not the grave: the teaser is covered at balanced', () => {
    const v = classifyImageContext({ placement: 'teaser', heading: 'Bodies of 60 men found in mass grave outside the town' }, { lang: 'en', violenceShare: 0, categories: [] });
    expect(v.coverAt).toBe('balanced');
  });
});
