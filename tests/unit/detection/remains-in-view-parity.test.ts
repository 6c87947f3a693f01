import { describe, expect, it } from 'vitest';
import { captionCoverAt as caption } from './test-pages';

// Round 150: the remains sections of the eight lexicons audited against each other. Russian and
// Ukrainian read bones bare ("кости", "кістки") and French reads "ossements", so bones said to be in
// the picture (visible, seen, lying, scattered there) and fragments of bone are remains; English,
// German, Spanish, Turkish and Arabic now read the ordinary ways their captions say the same, and
// French and Spanish the verb "exhume" said of remains, as en, de, ru and uk read it. The bone alone
// stays unread in those languages (a dog's, a kitchen's, an X-ray's), and an animal's bone, a model
// of a skeleton, an X-ray and a figurative sense stay uncovered.

describe('bones said to be in the picture are remains shown', () => {
  it.each([
    ['en', 'The trench of the former camp, where bones are visible.'],
    ['en', 'Bones lie in a pit outside the village of Kibuye.'],
    ['en', 'Scattered bones on the ground at the site of the massacre.'],
    ['en', 'Bones are scattered across the floor of the church.'],
    ['en', 'Fragments of bone are revealed after the rains at the killing fields.'],
    ['en', 'Bones sticking out of the earth at the mass grave site.'],
    ['de', 'Die Knochenreste liegen neben dem Massengrab im Wald.'],
    ['de', 'In einer Grube am Rand des Dorfes liegen Knochen.'],
    ['de', 'Im Graben sind Knochen zu sehen.'],
    ['de', 'Verstreute Knochen auf dem Boden der Kirche.'],
    ['de', 'Knochenfragmente werden aus der Erde geborgen.'],
    ['fr', "Des os éparpillés sur le sol de l'église."],
    ['fr', "Des fragments d'os affleurent dans la tranchée."],
    ['fr', 'Des restes osseux retrouvés dans un puits.'],
    ['fr', 'Des experts exhument des restes dans une fosse près de Izioum.'],
    ['es', 'Se ven huesos en el fondo de la fosa.'],
    ['es', 'Huesos esparcidos en el suelo de la iglesia.'],
    ['es', 'Forenses exhuman los restos de una fosa común en Paterna.'],
    ['tr', 'Toplu mezar kazısında kemikler görülüyor.'],
    ['tr', 'Kazıda katledilen köylülere ait kemikler görülüyor.'],
    ['tr', 'Kilisenin zemininde dağılmış kemikler.'],
    ['ar', 'عظام متناثرة على أرض الكنيسة.'],
    ['uk', 'Рештки людей в ямі під Ізюмом.'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
});

describe('bones that are no one remains, or not shown, stay uncovered', () => {
  it.each([
    // Fixed this round (covered at minimal on main).
    ['en', 'A museum model of a human skeleton.'],
    ['en', 'A model of a human skull in the classroom.'],
    ['de', 'Ein Modell eines Skeletts im Biologieunterricht.'],
    ['de', 'Ein Modell eines Schädels im Unterricht.'],
    ['ru', 'На рентгене видны кости.'],
    ['uk', 'На рентгенівському знімку видно кістки.'],
    ['fr', "Le juge veut exhumer les dossiers de l'affaire."],
    // Guards: what the new entries must not read.
    ['en', 'Dinosaur bones are visible in the rock face at the quarry.'],
    ['en', 'The bones of a whale lie on the beach.'],
    ['en', 'An X-ray in which the bones are visible.'],
    ["en", "The bones are visible on the X-ray of the patient's hand."],
    ['en', 'Fragments of bone china from the 18th century.'],
    ['en', 'Chicken bones scattered on the table after dinner.'],
    ['en', 'Dog bones lying on the kitchen floor.'],
    ['en', 'Scattered bones of a whale on the beach.'],
    ['en', 'The border is a bone of contention between the two countries.'],
    ['en', 'Workers cut spending to the bone.'],
    ['en', 'Scattered showers over the hills.'],
    ['de', 'Auf dem Röntgenbild sind Knochen zu sehen.'],
    ['de', 'Dinosaurierknochen liegen im Gestein.'],
    ['de', 'Knochenreste eines Mammuts im Museum.'],
    ['de', 'Suppenknochen liegen im Topf.'],
    ['de', 'Das ist echte Knochenarbeit auf dem Bau.'],
    ['fr', 'Des os de dinosaure sont visibles dans la roche.'],
    ['fr', 'Une radiographie où les os sont visibles.'],
    ['fr', "Des restes osseux d'un mammouth au musée."],
    ['fr', "Des fragments d'os de poulet dans la gamelle du chien."],
    ['fr', "Trempé jusqu'aux os par la pluie."],
    ['es', 'Se ven huesos de dinosaurio en la roca.'],
    ['es', 'Fragmentos óseos de un dinosaurio en el museo.'],
    ['es', 'Huesos de jamón para el caldo.'],
    ['es', 'El gobierno quiere exhumar el proyecto de ley.'],
    ['tr', 'Röntgende kemikler görülüyor.'],
    ['tr', 'Kadınlarda kemik erimesi daha sık görülüyor.'],
    ['tr', 'Dinozor kemikleri görülüyor.'],
    ['tr', 'Köpeğin kemikleri görülüyor.'],
    ['tr', 'Kemik suyu çorbası besleyicidir.'],
    ['ru', 'Костяк команды сохранился.'],
    ['uk', 'Кістяк команди зберігся.'],
    ['uk', 'Рештки їжі на столі після вечері.'],
    ['ar', 'عظام الدجاج متناثرة على الطاولة.'],
    ['ar', 'صورة أشعة تظهر عظام اليد.'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });
});
