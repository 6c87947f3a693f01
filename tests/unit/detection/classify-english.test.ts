import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { PageTextContext } from '../../../utils/detection/detection-types';
import { shouldCover } from '../../../utils/detection/should-cover';

const neutralPage: PageTextContext = { lang: 'en', violenceShare: 0, categories: [] };
const violentPage: PageTextContext = {
  lang: 'en',
  title: 'Leaked photographs show detainees tortured to death in Syrian prison',
  violenceShare: 0.5,
  categories: ['torture', 'dead-bodies'],
  terms: ['tortured', 'bodies'],
};

const graphicCaptions: [string, string[]][] = [
  ['The bodies of detainees, some with burn marks, in a military hospital morgue.', ['dead-bodies', 'torture']],
  ['Relatives identify the corpses of villagers killed overnight.', ['dead-bodies']],
  ['A man shows the burn marks left by electric shocks during his detention.', ['torture']],
  ['Militants prepare to behead a hostage in a propaganda video still.', ['execution']],
  ['Forensic experts exhume human remains from a mass grave near Izium.', ['remains']],
  ['A severed hand lies in the street after the shelling.', ['injury']],
  ['Bloodied survivors sit outside the hospital after the blast.', ['injury']],
];

const traps: string[] = [
  'The hinge survived our torture test of 20,000 openings.',
  'Battery life is the killer feature of this laptop.',
  'Salah\'s shot on goal in the 89th minute.',
  'Lakes and other bodies of water froze over the weekend.',
  'Blood orange cake with pistachio crumb.',
  'The race ended in a dead heat between the two sprinters.',
  'Flawless execution of the plan won them the contract.',
  'An execution scene in the stage play at the National Theatre.',
  'Cast members at the premiere of the new crime drama "Bodies".',
  'A student body election at the university.',
];

describe('classifyImageContext: English captions', () => {
  it.each(graphicCaptions)('covers at minimal: %s', (caption, categories) => {
    const v = classifyImageContext({ caption, placement: 'article-body' }, neutralPage);
    expect(v.coverAt).toBe('minimal');
    for (const c of categories) expect(v.categories).toContain(c);
    expect(v.reason?.source).toBe('caption');
    expect(v.reason?.terms.length).toBeGreaterThan(0);
  });

  it.each(traps)('leaves a trap alone at every level: %s', (caption) => {
    const v = classifyImageContext({ caption, placement: 'article-body' }, neutralPage);
    expect(v.coverAt).toBeNull();
  });

  it('names the source and the words as written', () => {
    const v = classifyImageContext(
      { caption: 'Bodies with burn marks, photographed by a military photographer.' },
      neutralPage,
    );
    expect(v.reason).toEqual({ source: 'caption', terms: ['Bodies', 'burn marks'], lang: 'en' });
  });

  it('covers the wounded at balanced, not minimal', () => {
    const v = classifyImageContext({ alt: 'A wounded boy is treated in a hospital in Gaza City' }, neutralPage);
    expect(v.coverAt).toBe('balanced');
    expect(shouldCover(v, 'minimal')).toBe(false);
    expect(shouldCover(v, 'balanced')).toBe(true);
  });

  it('keeps mourners and evacuations for strict', () => {
    for (const caption of ['Mourners gather at a grave in the village cemetery.', 'Medics evacuate an injured man on a stretcher.']) {
      const v = classifyImageContext({ caption, placement: 'article-body' }, neutralPage);
      expect(v.coverAt).toBe('strict');
    }
  });

  it('covers an uncaptioned image in the body of a violent article at balanced', () => {
    const v = classifyImageContext({ placement: 'article-body', fileName: 'IMG_2041.jpg' }, violentPage);
    expect(v.coverAt).toBe('balanced');
    expect(v.reason?.source).toBe('article');
    expect(v.categories).toEqual(['torture', 'dead-bodies']);
  });

  it.each([
    ['author photo', { placement: 'author' as const }],
    ['related thumbnail', { placement: 'related' as const }],
    ['advertisement', { placement: 'advertisement' as const }],
    ['logo', { placement: 'logo' as const }],
    ['map by class', { placement: 'article-body' as const, hints: 'figure map-embed' }],
    ['chart by file name', { placement: 'article-body' as const, fileName: 'casualties-chart.png' }],
    ['portrait caption', { placement: 'article-body' as const, caption: 'Portrait of Colonel Hassan, accused of overseeing torture' }],
    ['satellite image', { placement: 'article-body' as const, caption: 'Satellite image of the prison complex, 2017' }],
    ['described scene', { placement: 'article-body' as const, caption: 'The main gate of the prison north of Damascus' }],
    ['icon', { placement: 'article-body' as const, width: 32, height: 32 }],
  ])('does not cover a %s at balanced on article context alone', (_name, image) => {
    const v = classifyImageContext(image, violentPage);
    expect(shouldCover(v, 'balanced')).toBe(false);
  });

  it('does not cover uncaptioned images of an ordinary article', () => {
    const v = classifyImageContext({ placement: 'article-body' }, { ...neutralPage, title: 'Best laptops of the year' });
    expect(v.coverAt).toBeNull();
  });
});

describe('classifyImageContext: headlines are not descriptions', () => {
  it('ignores an alt that repeats the page headline', () => {
    const v = classifyImageContext(
      { alt: 'Leaked photographs show detainees tortured to death in Syrian prison', placement: 'author' },
      violentPage,
    );
    expect(v.coverAt).toBeNull();
  });

  it('covers an author photo or ad by its own text at strict only', () => {
    for (const placement of ['author', 'advertisement'] as const) {
      const v = classifyImageContext({ alt: 'Bloodied survivors of the attack', placement }, neutralPage);
      expect(v.coverAt).toBe('strict');
    }
  });

  it('covers a related thumbnail whose alt describes a graphic picture', () => {
    const v = classifyImageContext({ alt: 'Forensic workers exhume bodies from a mass grave', placement: 'related' }, neutralPage);
    expect(v.coverAt).toBe('minimal');
  });
});

describe('classifyImageContext: credit lines do not describe', () => {
  it('treats a figcaption that is only a credit as no description', () => {
    for (const caption of ['Photograph: Ammar Awad/Reuters', 'Foto: dpa/Michael Kappeler', '© AFP via Getty Images']) {
      const v = classifyImageContext({ caption, placement: 'article-body' }, violentPage);
      expect(v.coverAt, caption).toBe('balanced');
    }
  });

  it('still reads a description followed by a credit as a description', () => {
    const v = classifyImageContext(
      { caption: 'The main gate of the prison north of Damascus. Photo: Amnesty International', placement: 'article-body' },
      violentPage,
    );
    expect(shouldCover(v, 'balanced')).toBe(false);
  });
});

describe('classifyImageContext: non-scene hints are whole words', () => {
  it.each(['adaptive-image', 'graphic-content', 'authority-photo', 'iconic-photo', 'charter-flight'])('%s does not mark a scene as non-scene', (hints) => {
    const v = classifyImageContext({ placement: 'article-body', hints }, violentPage);
    expect(v.coverAt).toBe('balanced');
  });

  it.each(['inline-map', 'ad-slot', 'infographic-wrapper', 'author_photo', 'satellitenbild'])('%s marks a picture as not a scene', (hints) => {
    const v = classifyImageContext({ placement: 'article-body', hints }, violentPage);
    expect(v.coverAt).toBeNull();
  });
});

describe('classifyImageContext: credit lines in other scripts', () => {
  it.each([
    ['ru', 'Фото: РИА Новости'],
    ['ar', 'الصورة: رويترز'],
  ])('%s: %s is no description', (lang, caption) => {
    const v = classifyImageContext({ caption, placement: 'article-body' }, { ...violentPage, lang });
    expect(v.coverAt).toBe('balanced');
  });
});
