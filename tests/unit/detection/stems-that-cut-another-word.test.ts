import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { findTerms } from '../../../utils/detection/find-terms';
import { captionCoverAt } from './test-pages';

// Round 106: an entry of a section that keeps a picture from being covered (a thing, a sport, a
// show, a document, a calamity) was written as a stem that the language's endings also cut out
// of another word: "car" out of "caring", "staging" out of "stages", Spanish "partido" out of
// "parte", "ópera" out of "operación", "venado" out of "se ven", French "posant" out of "posé",
// Russian "суд" out of "судя", Arabic "الدوري" out of "دور", a deer out of the name "Олена".
// Those entries are now their exact forms (or, for a homograph, the forms of one sense), so the
// other word is read as what it is. And decomposition named as a body's state, the noun phrase
// newsrooms write ("in an advanced state of decomposition"), is a visible corpse, as the
// participle ("decomposing") already was.

/** The kinds of entry a text is read as, in one language. */
const kindsIn = (lang: string, text: string) => findTerms(text, [bundledLexicon(lang)!]).map((h) => h.kind);

describe('a word the stemmer cut into a listed word is no longer read as it', () => {
  it.each([
    ['en', 'caring', 'notHuman'],
    ['en', 'stages', 'fiction'],
    ['en', 'banned', 'nonDepiction'],
    ['en', 'clothed', 'notHuman'],
    ['de', 'stürmen', 'sport'],
    ['de', 'Transport', 'notHuman'],
    ['es', 'parte', 'sport'],
    ['es', 'operación', 'fiction'],
    ['es', 'ven', 'notHuman'],
    ['es', 'aludiendo', 'calamity'],
    ['fr', 'posé', 'nonDepiction'],
    ['fr', 'Carter', 'nonDepiction'],
    ['fr', 'livré', 'notHuman'],
    ['ru', 'судя по всему', 'nonDepiction'],
    ['ru', 'нападающие', 'sport'],
    ['uk', 'Олена', 'notHuman'],
    ['uk', 'нападники', 'sport'],
    ['ar', 'دور', 'sport'],
    ['ar', 'المهاجمين', 'sport'],
    ['ar', 'مهاجمة', 'sport'],
    ['ar', 'إيلان', 'notHuman'],
    ['ar', 'قوات الأسد', 'notHuman'],
    ['ar', 'الرسمي', 'artwork'],
    ['ar', 'وسيلة', 'calamity'],
    ['ar', 'البركات', 'calamity'],
    ['ar', 'نيسان', 'notHuman'],
  ])('%s "%s" is not %s', (lang, text, kind) => {
    expect(kindsIn(lang, text)).not.toContain(kind);
  });
});

describe('the listed word itself still is (guards)', () => {
  it.each([
    ['en', 'car', 'notHuman'],
    ['en', 'cars', 'notHuman'],
    ['en', 'staging', 'fiction'],
    ['en', 'staged', 'fiction'],
    ['en', 'banner', 'nonDepiction'],
    ['en', 'clothes', 'notHuman'],
    ['de', 'Stürmer', 'sport'],
    ['de', 'Transporter', 'notHuman'],
    ['es', 'partido', 'sport'],
    ['es', 'ópera', 'fiction'],
    ['es', 'venados', 'notHuman'],
    ['es', 'camión', 'notHuman'],
    ['es', 'alud', 'calamity'],
    ['fr', 'posant', 'nonDepiction'],
    ['fr', 'carte', 'nonDepiction'],
    ['fr', 'des livres', 'notHuman'],
    ['ru', 'суд', 'nonDepiction'],
    ['ru', 'нападающий', 'sport'],
    ['uk', 'олень', 'notHuman'],
    ['uk', 'нападник', 'sport'],
    ['ar', 'الدوري', 'sport'],
    ['ar', 'المهاجم', 'sport'],
    ['ar', 'أسد', 'notHuman'],
    ['ar', 'كنيسة', 'notHuman'],
    ['ar', 'رسمة', 'artwork'],
    ['ar', 'البركان', 'calamity'],
    ['tr', 'galası', 'fiction'],
  ])('%s "%s" is %s', (lang, text, kind) => {
    expect(kindsIn(lang, text)).toContain(kind);
  });
});

describe('captions freed from a wrongly cut stem are covered by their own words', () => {
  it.each([
    ['en', 'In the final stages of the siege, bodies lay in the street.', 'minimal'],
    ['en', 'Fully clothed bodies with gunshot wounds.', 'minimal'],
    ['de', 'Transport eines schwer verletzten Kindes ins Krankenhaus.', 'balanced'],
    ['es', 'Parte de los heridos con quemaduras graves.', 'balanced'],
    ['es', 'La operación militar dejó cuerpos mutilados en la calle.', 'minimal'],
    ['es', 'Se ven cadáveres en la calle tras el ataque.', 'minimal'],
    ['fr', 'Le corps posé sur le sol, couvert de sang.', 'minimal'],
    ['fr', 'Kevin Carter photographie un enfant blessé par balle.', 'balanced'],
    ['ru', 'Судя по ранам, мужчину пытали.', 'minimal'],
    ['ru', 'Нападающие ранили охранника, он истекает кровью.', 'balanced'],
    ['uk', 'Олена поранена осколками в обличчя.', 'balanced'],
    ['uk', "Нападники поранили охоронця, він стікає кров'ю.", 'balanced'],
    ['ar', 'دور الأطباء في علاج الجرحى المصابين بحروق بالغة', 'balanced'],
    ['ar', 'المهاجمين أطلقوا النار على المصلين، وجرحى ينزفون على الأرض', 'balanced'],
    ['ar', 'قوات الأسد تعدم معتقلين ميدانيا', 'minimal'],
  ])('%s: %s', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang)).toBe(level);
  });
});

describe('decomposition named as a body’s state is a visible corpse, even beside a funeral', () => {
  it.each([
    ['en', 'Many of the bodies were in advanced stages of decomposition.'],
    ['en', 'Funeral workers move bodies in an advanced state of decomposition into coffins.'],
    ['es', 'Los cuerpos, en avanzado estado de descomposición, antes del entierro.'],
    ['fr', "Des corps en état de décomposition avancée placés dans des cercueils avant l'enterrement."],
    ['fr', 'Des corps décomposés près des cercueils au cimetière.'],
    ['ru', 'Тела в состоянии разложения перед похоронами.'],
    ['ru', 'Полуразложившиеся тела у гробов на кладбище.'],
    ['uk', 'Тіла у стані розкладу перед похороном.'],
    ['uk', 'Напіврозкладені тіла біля трун на кладовищі.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('things, shows, sport and other decay keep their reading (guards)', () => {
  it.each([
    ['en', 'A charred car on the road.', null],
    ['en', 'Cars destroyed in the shelling.', 'strict'],
    ['en', 'The bloody scene was staged for the film.', null],
    ['en', 'Protesters hold a banner reading "stop the killing".', null],
    ['en', 'Bloodstained clothes on the floor of the room.', null],
    ['en', 'The decomposition of leaves in the forest.', null],
    ['en', 'The party is in a state of decomposition after the vote.', null],
    ['de', 'Ein ausgebrannter Transporter am Straßenrand.', null],
    ['de', 'Der Stürmer verletzte sich am Knie.', null],
    ['es', 'El partido terminó con un jugador herido.', 'strict'],
    ['es', 'Una ópera sobre la masacre, con cadáveres en escena.', null],
    ['es', 'El estado de descomposición del partido gobernante.', null],
    ['es', 'Un camión calcinado en la carretera.', null],
    ['es', 'Una cama ensangrentada en la habitación.', null],
    ['fr', 'Une carte des massacres au Rwanda.', null],
    ['fr', 'Des livres brûlés dans la bibliothèque.', null],
    ['ru', 'Разложившийся режим.', null],
    ['ru', 'Продавец, разложивший товар на прилавке.', null],
    ['ru', 'Нападающий получил травму во время матча.', 'strict'],
    ['uk', 'Розклад руху потягів.', null],
    ['uk', 'Нападник отримав травму під час матчу.', 'strict'],
    ['ar', 'الدوري الإسباني: إصابة اللاعب', 'strict'],
    ['ar', 'أسد نافق في حديقة الحيوان', null],
    ['ar', 'تحلل الأوراق في الغابة', null],
    ['tr', 'Film galasında sahte kanla kaplı oyuncular.', null],
  ])('%s: %s', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang) ?? null).toBe(level);
  });
});
