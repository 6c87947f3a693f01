import { describe, expect, it } from 'vitest';
import { captionCoverAt, neutralPage, violentPage } from './test-pages';

// Round 69: what a caption tells as having happened before the picture was taken ("after her
// husband was shot dead", "nachdem", "après que", "после того как", "بعد أن") is the story, not
// what the camera saw: its death and wound words are background. Invented captions.

describe('a death or a wound told in a clause opened by "after" is background', () => {
  it.each([
    ['en', 'A woman cries outside her home after her husband was shot dead by gunmen on a motorbike.'],
    ['fr', 'Une femme pleure devant sa maison après que son mari a été abattu par des hommes armés.'],
    ['es', 'Una mujer llora frente a su casa después de que su esposo fuera asesinado a tiros por pistoleros.'],
    ['de', 'Eine Frau weint vor ihrem Haus, nachdem ihr Mann von Bewaffneten erschossen wurde.'],
    ['ru', 'Женщина плачет у своего дома, после того как её мужа застрелили боевики.'],
    ['uk', 'Жінка плаче біля свого будинку, після того як її чоловіка застрелили бойовики.'],
    ['ar', 'امرأة تبكي أمام منزلها بعد أن أعدم المسلحون زوجها رميا بالرصاص'],
    ['en', 'The case was reported after a farmer killed and skinned a marmot near the village.'],
  ])('a mourner or a scene, not covered below strict (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
    // In a violent article the caption describes the picture and speaks of killing: strict.
    expect(captionCoverAt(caption, lang, violentPage(lang))).toBe('strict');
  });
});

describe('what the clause cannot take away', () => {
  it.each([
    // The body is named before "after": the picture's own words.
    ['en', 'The body of a man lies in the street after an airstrike on the market.', 'minimal'],
    ['fr', 'Le corps d’un homme gît dans la rue après une frappe sur le marché.', 'minimal'],
    // An explicit corpse word may still be in the frame.
    ['en', 'Rescuers stand by after the corpse of a boy was pulled from the river.', 'minimal'],
    // "After" governing an event noun: what follows describes its people, who may be shown.
    ['en', 'A nurse removes a drip after the death of the protester lying under a sheet.', 'balanced'],
    // A clause whose subject is the person shown ("after being shot") tells their wound.
    ['en', 'A man sits on a hospital bed after being shot in the head.', 'minimal'],
    ['es', 'Un hombre en una cama de hospital tras ser herido de bala en la pierna.', 'balanced'],
  ])('%s: %s', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang, neutralPage(lang))).toBe(level);
  });
});
