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

// Round 91: how each language writes setting oneself on fire, in every person and tense, and its
// word order (German puts "sich" second and "selbst an" last; Arabic puts the doer between the
// verb and "النار").
describe('a person setting themselves on fire is covered by default, in every language', () => {
  it.each([
    ['en', 'A Buddhist monk sets himself alight in Saigon, 1963.'],
    ['en', 'A protester set herself ablaze outside the parliament on Monday.'],
    ['de', 'Ein buddhistischer Mönch zündet sich in Saigon selbst an.'],
    ['de', 'Ein Demonstrant hat sich vor dem Parlament selbst angezündet.'],
    ['de', 'Ein Mann setzte sich vor dem Rathaus selbst in Brand.'],
    ['fr', "Un moine bouddhiste s'immole à Saïgon en 1963."],
    ['fr', "Un manifestant s'est immolé devant le parlement."],
    ['es', 'Un manifestante se inmoló frente al Parlamento.'],
    ['ru', 'Буддийский монах поджёг себя в Сайгоне в 1963 году.'],
    ['ru', 'Протестующая подожгла себя у здания парламента.'],
    ['uk', 'Буддійський чернець підпалив себе в Сайгоні в 1963 році.'],
    ['uk', 'Протестувальниця підпалила себе біля будівлі парламенту.'],
    ['tr', "Budist bir keşiş 1963'te Saygon'da kendini ateşe verdi."],
    ['ar', 'راهب بوذي يضرم النار في نفسه في سايغون عام 1963'],
    ['ar', 'أضرمت محتجة النار في نفسها أمام البرلمان'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBe('balanced');
  });

  it.each([
    ['en', 'Protesters set the police car ablaze in Paris.'],
    ['en', 'He set himself a goal of ten marathons.'],
    ['de', 'Der Präsident zündet sich eine Zigarre an.'],
    ['de', 'Demonstranten setzten ein Auto in Brand.'],
    ['fr', 'Les manifestants ont mis le feu à une voiture.'],
    ['es', 'El autobús se prendió fuego en la autopista.'],
    ['ru', 'Протестующие подожгли автомобиль у здания парламента.'],
    ['uk', 'Протестувальники підпалили шини біля парламенту.'],
    ['tr', 'Göstericiler meclis önünde lastikleri ateşe verdi.'],
    ['ar', 'أضرم محتجون النار في الإطارات أمام البرلمان'],
  ])('not a thing set on fire or a cigar lit: %s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBeNull();
  });
});

// Round 91: a limb lost, written with "both" or "two" between the verb and the limb, or as
// "deprived of" (fr "privée de ses deux jambes", as ru "лишилась" and uk "позбавлено").
describe('a person who lost both legs is covered by default, in every language', () => {
  it.each([
    ['fr', 'Shuruq, une fillette de 9 ans privée de ses deux jambes, joue dans un square.'],
    ['fr', 'Ce soldat a perdu ses deux jambes à Bakhmout.'],
    ['en', 'A girl who lost both of her legs plays in a square in Aleppo.'],
    ['de', 'Der Soldat verlor bei Bachmut beide Beine.'],
    ['es', 'Una niña que perdió las dos piernas juega en una plaza de Alepo.'],
    ['ru', 'Солдат потерял обе ноги под Бахмутом.'],
    ['ru', 'Девочка лишилась обеих ног при обстреле.'],
    ['uk', 'Солдат втратив обидві ноги під Бахмутом.'],
    ['uk', 'Дівчинку позбавлено обох ніг.'],
    ['tr', 'Bacaklarını kaybeden asker rehabilitasyon merkezinde.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBe('balanced');
  });

  it.each([
    ['fr', 'Des enfants privés de leurs droits jouent dans un square.'],
    ['fr', 'Le joueur a perdu ses deux matches.'],
    ['de', 'Das Team verlor beide Spiele.'],
    ['es', 'El equipo perdió ambos partidos.'],
    ['ru', 'Спортсмен лишился обеих медалей.'],
    ['uk', 'Він втратив обидві роботи.'],
    ['tr', 'Takım puanlarını kaybetti.'],
    ['ar', 'الفريق فقد نقاطه في المباراة'],
  ])('not rights, matches or medals lost: %s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBeNull();
  });
});
