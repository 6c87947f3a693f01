import { describe, expect, it } from 'vitest';
import { captionCoverAt as body } from './test-pages';

// Words real captions use, checked in a caption on a page that says nothing violent, so the
// caption's own words decide: a killing shown is covered, a document about a killing only at strict.

describe('a lynched person shown is an execution', () => {
  it.each([
    ['uk', 'Лінчований чоловік біля дерева, 1920 рік.'],
    ['uk', 'Тіло лінчуваного селянина на площі.'],
    ['ru', 'Линчеванный мужчина у дерева, 1920 год.'],
    ['en', 'A lynched man beside a tree, 1920.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).not.toBeNull();
    expect(['minimal', 'balanced']).toContain(body(caption, lang));
  });
});

describe('a list ordering a killing is a document, not the killing: covered only at strict', () => {
  it('tr: the list as the head of the phrase (listenin orijinali)', () => {
    expect(body('Esirlerin kurşuna dizilmesini emreden listenin orijinali, 1941.', 'tr')).toBe('strict');
  });

  it('tr: the killing itself is covered below strict', () => {
    expect(['minimal', 'balanced']).toContain(body('Esirler köy meydanında kurşuna diziliyor, 1941.', 'tr'));
  });
});

describe('a person awaiting death is the dying shown (balanced), whatever aid post they lie in', () => {
  it.each([
    ['fr', 'Une vieille femme attendant la mort dans un poste de secours provisoire.'],
    ['en', 'An old woman awaiting death on a mat in a school hall.'],
    ['es', 'Una anciana esperando la muerte sobre una estera.'],
    ['de', 'Eine alte Frau wartet auf den Tod in einer Schulturnhalle.'],
    ['ru', 'Пожилая женщина в ожидании смерти в школьном зале.'],
    ['uk', 'Літня жінка чекає смерті у шкільній залі.'],
    ['ar', 'امرأة عجوز تنتظر الموت في قاعة مدرسة'],
    ['tr', 'Bir okul salonunda ölümü bekleyen yaşlı bir kadın.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBe('balanced');
  });
});

describe('a person burned alive or burning themselves is shown in flames (balanced)', () => {
  it.each([
    ['es', 'Un monje se quema a lo bonzo en una calle de Saigón.'],
    ['es', 'Un hombre quemado vivo por la turba en la plaza.'],
    ['fr', 'Un homme brûlé vif par la foule sur la place.'],
    ['de', 'Ein Mann wird bei lebendigem Leib verbrannt, umringt von der Menge.'],
    ['ru', 'Мужчина, сожжённый заживо толпой на площади.'],
    ['uk', 'Чоловік, спалений заживо натовпом на площі.'],
    ['ar', 'رجل يحرق نفسه في ساحة المدينة'],
    ['tr', 'Meydanda kendini yakan bir adam.'],
    ['en', 'A monk sets himself on fire in a Saigon street.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBe('balanced');
  });
});

describe('keloid scars on a body are wounds shown (balanced)', () => {
  it.each([
    ['en', 'Keloids covered the backs of the survivors.'],
    ['fr', 'Des chéloïdes couvrent le dos des survivants.'],
    ['es', 'Queloides en la espalda de los supervivientes.'],
    ['de', 'Keloide auf dem Rücken der Überlebenden.'],
    ['ru', 'Келоидные рубцы на спине выживших.'],
    ['uk', 'Келоїдні рубці на спині тих, хто вижив.'],
    ['ar', 'الجدرة على ظهر احد الناجين'],
    ['tr', 'Hayatta kalanların sırtındaki keloidler.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBe('balanced');
  });
});

describe('tr: a death as what the photograph shows (-DIğInI göster-) is the dead shown', () => {
  it.each([
    "Fotoğrafçının, kadın ve çocukların bir yolda öldüğünü gösteren karesi, 1968.",
    'Köylülerin meydanda öldürüldüklerini gösteren fotoğraf.',
  ])('%s', (caption) => {
    expect(body(caption, 'tr')).toBe('balanced');
  });

  it('a death named without "shows" stays background', () => {
    expect(body('Köyde kadın ve çocuklar öldü, 1968.', 'tr')).not.toBe('balanced');
  });
});

describe('fr: a beating named as a noun ("un passage à tabac") is a beating, as "passé à tabac" is (balanced)', () => {
  it.each([
    'Le passage à tabac d’un jeune homme par des policiers, à Paris.',
    'Des passages à tabac dans la cour de la prison.',
  ])('%s', (caption) => {
    expect(body(caption, 'fr')).toBe('balanced');
  });
});
