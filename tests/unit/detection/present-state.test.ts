import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// Wire captions often open with a label or background and say what is visible later, as a state
// in the present: "He has a large wound on his leg", "bacağında büyük bir yara var". That later
// sentence is the picture's own (read-own-text.ts, `[present-state]`; issue 12, round 66).
describe('a later sentence saying someone has a wound now describes the picture', () => {
  it.each([
    ['en', 'Image caption, The army is accused of driving villagers across the border. The boy has a large wound on his leg.'],
    ['fr', "Légende image, L'armée est accusée d'avoir chassé les villageois. Les deux frères ont de graves brûlures aux bras."],
    ['es', 'Pie de foto, El ejército es acusado de expulsar a los aldeanos. El niño tiene una herida en la pierna.'],
    ['de', 'Bildunterschrift, Der Armee wird vorgeworfen, die Dorfbewohner vertrieben zu haben. Der Junge hat eine große Wunde am Bein.'],
    ['ru', 'Подпись к фото, Армию обвиняют в изгнании жителей деревни. У него рана на ноге.'],
    ['uk', 'Підпис до фото, Армію звинувачують у вигнанні жителів села. У нього опіки на руках.'],
    ['tr', 'Fotoğraf altı yazısı, Ordu köylüleri sınırın ötesine sürmekle suçlanıyor. Çocuğun bacağında büyük bir yara var.'],
    ['ar', 'تعليق على الصورة، الجيش متهم بطرد القرويين عبر الحدود. يعاني الصبي من حروق في ذراعيه.'],
  ])('%s: %s', (lang, caption) => {
    expect(['minimal', 'balanced']).toContain(captionCoverAt(caption, lang));
  });
});

describe('what happened, or someone quoted, is still background', () => {
  it.each([
    ['en', 'The minister visits the school. He has been wounded twice in the past.'],
    ['en', 'The director of the hospital at his desk. "We have many wounded," he said.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
  });
});
