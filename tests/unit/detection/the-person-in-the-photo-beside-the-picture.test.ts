import { describe, expect, it } from 'vitest';
import { besideCoveredByDefault } from './test-pages';

// Round 115: the paragraph beside a picture names the photo as where the person shown is ("The
// little girl in the photo was severely wounded", "La niña de la foto", "Девочка на фото",
// "Fotoğraftaki küçük kız", "الطفلة في الصورة"): a `[picture-of]` phrase like "the photo of", so a
// wound or blood said after it in its sentence is what the picture shows, and an uncaptioned
// picture is covered by default on a page that is not about violence. A killing said of that
// person names a portrait's sitter; a phrase set off as a clause of its own ("The mayor, in the
// photo, said…", "На фото: …") names the photo bare; harm in another sentence is not said of them.

/** An uncaptioned article picture on a page whose share of violent sentences is nothing, with this paragraph after it. */
const calm = (lang: string, after: string) => besideCoveredByDefault(lang, '', { after }, false);

describe('a person named in the photo with a wound or blood said of them: what the picture shows', () => {
  const cases: [string, string][] = [
    ['en', 'The little girl in the photo was severely wounded in a bombing in Mosul, and a soldier is rushing her to hospital.'],
    ['fr', 'La fillette sur la photo a été grièvement blessée dans un attentat à Mossoul.'],
    ['es', 'La niña de la foto resultó gravemente herida en un atentado en Mosul.'],
    ['de', 'Das Mädchen auf dem Foto wurde bei einem Anschlag in Mossul schwer verletzt.'],
    ['ru', 'Девочка на фото была тяжело ранена при взрыве в Мосуле.'],
    ['uk', 'Дівчинка на фото була тяжко поранена під час вибуху в Мосулі.'],
    ['tr', 'Fotoğraftaki küçük kız saldırıda ağır yaralandı.'],
    ['ar', 'الطفلة في الصورة أصيبت بجروح خطيرة في تفجير في الموصل.'],
    ['en', 'The man in the picture is covered in blood after the explosion.'],
    ['fr', "L'homme sur l'image est ensanglanté après l'explosion."],
    ['es', 'El hombre de la foto está ensangrentado tras la explosión.'],
    ['de', 'Der Mann auf dem Bild ist nach der Explosion blutüberströmt.'],
    ['ru', 'Мужчина на снимке весь в крови после взрыва.'],
    ['uk', 'Чоловік на знімку весь у крові після вибуху.'],
    ['tr', 'Fotoğraftaki adam patlamanın ardından kanlar içinde.'],
    ['ar', 'الرجل في الصورة مضرج بالدماء بعد الانفجار.'],
  ];
  it.each(cases)('%s: "%s" is covered by default', (lang, after) => {
    expect(calm(lang, after)).toBe(true);
  });
});

describe('guards: the photo named aside, a portrait of the killed, harm in another sentence', () => {
  const cases: [string, string][] = [
    // Set off by commas: the person is named, and what they said is not what the photo shows.
    ['en', 'The mayor, in the photo, said two people were severely wounded in the attack.'],
    ['fr', "Le maire, sur la photo, a déclaré que deux personnes avaient été grièvement blessées dans l'attaque."],
    ['es', 'El alcalde, de la foto, dijo que dos personas resultaron gravemente heridas en el ataque.'],
    ['de', 'Der Bürgermeister, auf dem Foto, sagte, zwei Menschen seien bei dem Angriff schwer verletzt worden.'],
    ['ru', 'Мэр, на фото, сказал, что два человека были тяжело ранены при нападении.'],
    ['uk', 'Мер, на фото, сказав, що двоє людей були тяжко поранені під час нападу.'],
    ['tr', 'Belediye başkanı, fotoğrafta, saldırıda iki kişinin ağır yaralandığını söyledi.'],
    ['ar', 'وقال رئيس البلدية، في الصورة، إن شخصين أصيبا بجروح خطيرة في الهجوم.'],
    // The photo named bare, opening its clause before a colon or a comma.
    ['ru', 'На фото: мэр города, который сообщил, что два человека тяжело ранены.'],
    ['tr', 'Fotoğrafta, belediye başkanı saldırıda iki kişinin ağır yaralandığını söyledi.'],
    // A killing said of the person in the photo: a portrait of the killed.
    ['en', 'The woman in the photo was killed in 2014.'],
    ['fr', 'La femme sur la photo a été tuée en 2014.'],
    ['es', 'La mujer de la foto fue asesinada en 2014.'],
    ['de', 'Die Frau auf dem Foto wurde 2014 getötet.'],
    ['ru', 'Женщина на фото была убита в 2014 году.'],
    ['uk', 'Жінка на фото була вбита у 2014 році.'],
    ['tr', "Fotoğraftaki kadın 2014'te öldürüldü."],
    ['ar', 'المرأة في الصورة قتلت عام 2014.'],
    // The harm told in the sentence before, of others.
    ['en', 'Two people were severely wounded in the attack. The man in the photo is a doctor at the city hospital.'],
    ['de', 'Zwei Menschen wurden bei dem Angriff schwer verletzt. Der Mann auf dem Foto ist Arzt im Krankenhaus der Stadt.'],
    ['ru', 'Два человека были тяжело ранены при нападении. Мужчина на фото — врач городской больницы.'],
    ['ar', 'أصيب شخصان بجروح خطيرة في الهجوم. الرجل في الصورة طبيب في مستشفى المدينة.'],
  ];
  it.each(cases)('%s: "%s" stays at strict or safe', (lang, after) => {
    expect(calm(lang, after)).toBe(false);
  });
});
