import { describe, expect, it } from 'vitest';
import { neutralPage as neutral, violentPage as violent } from './test-pages';
import { relativeClauses, sentenceStarts } from '../../../utils/detection/caption-sentences';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, PageTextContext } from '../../../utils/detection/detection-types';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';

// Issue 12: captions read the way an editor reads them. Each block is one rule about how captions
// are written, checked in more than one language where the rule is about writing, not vocabulary.
const coverAt = (image: ImageTextContext, page: PageTextContext) =>
  classifyImageContext({ placement: 'article-body', ...image }, page).coverAt;
const caption = (text: string, lang: string, page = neutral(lang)) => coverAt({ caption: text }, page);

describe('sentence roles: the first sentence is the picture, later sentences and clauses are background', () => {
  const terms = (text: string, lang: string) => findTerms(text, selectLexicons(text, lang));
  it('splits sentences, not abbreviations (the lexicon\'s), initials or dates', () => {
    const text = 'U.S. Gen. James Mattis speaks on Oct. 28. He was in Kabul.';
    expect(sentenceStarts(text, terms(text, 'en'))).toEqual([0, 42]);
    expect(sentenceStarts('Mourners gather. A boy cries.')).toEqual([0, 17]);
    const fr = 'Mme Dupont et Dr. Martin, le 3 sept. 2016. Ils arrivent.';
    expect(sentenceStarts(fr, terms(fr, 'fr'))).toEqual([0, 43]);
  });
  it('finds a clause hung on a name, after a comma or opened by a past auxiliary', () => {
    const en = 'Neighbours sit outside the house of Ali, who was killed on Monday.';
    expect(relativeClauses(en, terms(en, 'en'), 0, en.length)).toEqual([41, 65]);
    const fr = 'Un gilet jaune arbore la photo de Frédéric, 35 ans qui a subi une amputation.';
    expect(relativeClauses(fr, terms(fr, 'fr'), 0, fr.length)).toEqual([51, 76]);
  });

  it.each([
    ['en', 'Neighbours sit outside the house of Ali Hassan. The family said he was beheaded by the militia on Monday.'],
    ['fr', 'Des voisins devant la maison de Karim. Selon sa famille, il a été décapité par la milice lundi.'],
    ['es', 'Vecinos frente a la casa de Luis Pérez. Según su familia, fue decapitado por la milicia el lunes.'],
  ])('a graphic word in a later sentence covers from balanced, not minimal (%s)', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });

  it.each([
    ['en', 'Relatives sit outside the home of Ali Hassan, who was killed in Monday’s explosions.'],
    ['de', 'Nachbarn vor dem Haus von Madschid Rahnaward, der vom Regime hingerichtet wurde.'],
  ])('what happened to the person, in a clause hung on the name, is not what the picture shows (%s)', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });

  it('a clause that tells what a video shows is still the picture', () => {
    expect(caption('Das Video zeigt Kämpfer, die auf gefesselte Gefangene schießen.', 'de')).toBe('minimal');
  });

  it.each([
    ['en', 'Floods in the north. The storm has killed at least 60 people since Monday.'],
    ['de', 'Hochwasser im Norden. Offiziell bestätigt sind bisher mindestens 264 Tote und 1300 Verletzte.'],
  ])('a death toll repeated under a gallery picture is the story, not the picture (%s)', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });

  it.each([
    ['en', '4/120 The body of a child is carried from the rubble in Aleppo'],
    ['fr', 'Photo 12/250. Le corps d’un enfant est sorti des décombres à Alep.'],
    ['es', '7 / 95 El cuerpo de un niño es sacado de los escombros en Alepo.'],
  ])('a gallery position written with a slash is not a death toll (%s)', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });

  it.each([
    ['en', 'A flooded street in Derna, where dozens of people were killed on Tuesday.'],
    ['de', 'Eine überflutete Straße, wo am Dienstag ein Mann verletzt wurde.'],
    ['ru', 'Затопленная улица, где во вторник был ранен мужчина.'],
  ])('a clause hung on a place says what happened there, not what is shown (%s)', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });
  it('a body named in a place clause is still in the picture', () => {
    expect(caption('Neighbours stand in the yard where the bodies were found.', 'en')).toBe('minimal');
  });

  it('a dateline opening a caption hands the picture to the sentence after it', () => {
    expect(caption('1er septembre 2016, à Libreville. Un manifestant mort gisant sous un drap.', 'fr')).toBe('minimal');
  });
});

describe('not human: violent words said of an animal or a thing', () => {
  it.each([
    ['en', 'The skull of a Bryde’s whale in a storage container.'],
    ['en', 'A charred car outside the station.'],
    ['es', 'El cadáver de una ballena rorcual en la playa.'],
    ['es', 'Al fondo, un tanque ruso carbonizado.'],
    ['fr', 'Les restes d’un missile gisent dans une rue.'],
    ['en', 'The author beside a candle, a skull goblet and a dragon.'],
    ['en', 'Children in skull masks at the parade.'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });

  it.each([
    ['en', 'A charred body lies next to a car.'],
    ['es', 'El cadáver de un hombre junto a un coche.'],
  ])('a person beside a thing is still a person (%s)', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
});

describe('explicit death words are not outranked by funeral words', () => {
  it.each([
    ['en', 'Vova, 10, looks at the body of his mother lying in a coffin during her funeral.'],
    ['en', 'Dead bodies of residents were being unloaded for mass burial.'],
    ['tr', 'Patlamada hayatını kaybedenlerin cenazeleri otopsi için Adli Tıp Kurumu’na getirildi.'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });

  it('a coffin carried at a funeral stays borderline, and its label does not say "Dead bodies"', () => {
    const verdict = classifyImageContext({ caption: 'Mourners carry the coffin of a fighter during his funeral.', placement: 'article-body' }, neutral('en'));
    expect(verdict.coverAt).toBe('strict');
    expect(verdict.categories).toEqual([]);
  });

  it('medics beside a wounded man are the wounded being treated (balanced), a stretcher stays borderline', () => {
    expect(caption('Sanitäter kümmern sich um einen Verwundeten.', 'de')).toBe('balanced');
    expect(caption('Paramedics carry a wounded man on a stretcher.', 'en')).toBe('strict');
  });
});

describe('accent folding does not merge words', () => {
  it('"bandé" (bandaged) is not "bande de Gaza"', () => {
    expect(caption('Des enfants jouent dans la bande de Gaza.', 'fr')).toBeNull();
    expect(caption('Un homme au bras bandé attend à l’hôpital.', 'fr')).toBe('balanced');
  });
});

describe('weak own words: a name does not describe a picture, a common word does', () => {
  const page = violent('en');
  it('a name and a credit leave the picture to the violent article', () => {
    expect(coverAt({ caption: 'Izaskun Lesaka. Photo by Jane Doe' }, page)).toBe('balanced');
  });
  it('two words naming a thing describe it', () => {
    expect(coverAt({ alt: 'damaged building' }, page)).not.toBe('balanced');
  });
  it('a page saying in words that the photo shows a dead man counts as a description', () => {
    const image = { caption: 'Zakościele, 9 September 1939.', after: 'Das Foto zeigt einen toten Mann am Straßenrand.' };
    expect(coverAt(image, neutral('de'))).toBe('balanced');
  });
  it('an English wire caption on a Turkish page is read in English', () => {
    expect(coverAt({ alt: 'Rescue workers carry a body bag over rubble' }, neutral('tr'))).toBe('minimal');
  });
});

describe('publishers’ own warnings are the strongest signal, in every language', () => {
  it.each([
    ['en', 'WARNING: GRAPHIC CONTENT. Men stand in a street in Ramadi.'],
    ['en', 'EDS NOTE: GRAPHIC CONTENT - A woman sits beside her son in Bucha.'],
    ['fr', 'ATTENTION, IMAGES CHOQUANTES. Une rue de Douma.'],
    ['es', 'Advertencia: imágenes sensibles. Una calle de Culiacán.'],
    ['de', 'Achtung, verstörende Bilder: eine Straße in Butscha.'],
    ['ru', 'Осторожно, шокирующие кадры. Улица в Буче.'],
    ['uk', 'Увага, шокуючі кадри. Вулиця в Бучі.'],
    ['tr', 'UYARI: Rahatsız edici görüntüler. Bucha’da bir sokak.'],
    ['ar', 'تحذير: مشاهد قاسية. شارع في غزة.'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });

  it('a warning right above an undescribed picture covers it at balanced', () => {
    expect(coverAt({ before: 'WARNING: All images in this gallery are graphic content.' }, neutral('en'))).toBe('balanced');
  });
});

describe('long captions (issue 16.9): bounded work, the picture’s sentence kept, nothing hidden by length', () => {
  const filler = 'The village lies in a valley where farmers grow wheat and barley every year. ';
  it('a graphic first sentence before 50,000 characters of text is still the picture', () => {
    expect(caption(`Bodies lie in the street. ${filler.repeat(650)}`, 'en')).toBe('minimal');
  });
  it('a graphic sentence after 4,000 characters of background still covers from balanced', () => {
    expect(caption(`A village in the valley. ${filler.repeat(50)}Executed prisoners lie in a ditch.`, 'en')).toBe('balanced');
  });
  it('a run-on first sentence is cut, so its tail is background', () => {
    expect(caption(`A village ${'and its fields '.repeat(60)}where a man was beheaded`, 'en')).toBe('balanced');
  });
});

describe('a word with two senses does not hide a graphic caption in its other sense', () => {
  // "Роман" is a name as well as a novel; "رواية" an account as well as a novel; "сцены" a scene
  // of events as well as a stage; "cartel" a drug cartel as well as a poster; "gráfico" is also
  // "photographic": none of them makes a caption fiction or a chart.
  it.each([
    ['ru', 'Роман Иванов лежит мертвый на улице'],
    ['ar', 'جثث في الشارع بحسب رواية الشهود'],
    ['ru', 'Жуткие сцены: тела на улицах Бучи'],
    ['es', 'Cuerpos abandonados por el cartel de Sinaloa'],
    ['es', 'Un reportero gráfico fotografía los cadáveres en la cuneta'],
    ['de', 'Die Leiche am Tatort'],
    ['fr', 'Les corps des victimes du drame sur la plage'],
    ['fr', 'Des tortures documentées par les ONG'],
    ['tr', 'Belgelenen işkence izleri'],
    ['ar', 'جثث لا تزال قائمة في الشارع'],
    ['ar', 'جلسة تعذيب لمعتقل'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
  it.each([
    ['en', 'Premier Li visits the wounded in hospital'],
    ['en', 'A boy with a cast on his broken arm'],
    ['ar', 'ممثل الامم المتحدة يزور الجرحى في المستشفى'],
    ['ru', 'Премьер-министр навестил раненых в больнице'],
  ])('the screen sense only: %s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });
  it('a real premiere is still fiction', () => {
    expect(caption('Die Tatort-Kommissarin mit einer Leiche am Set', 'de')).toBeNull();
  });
});

describe('a body buried under rubble is a collapse, not a burial', () => {
  it.each([
    ['en', 'The body of a boy buried under the rubble'],
    ['es', 'El cuerpo de un niño sepultado bajo los escombros'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
  it('"grave" the adjective is not a grave', () => {
    expect(caption('A man in grave condition with burns', 'en')).toBe('balanced');
  });
});

describe('not human: buildings, vehicles and trees are things (written rules S3)', () => {
  it.each([
    ['en', 'A charred house in the village'],
    ['fr', 'Une maison calcinée dans le village'],
    ['es', 'Árboles calcinados tras el incendio'],
    ['de', 'Ein verkohltes Haus im Dorf'],
    ['ru', 'Обугленный дом в селе'],
    ['ar', 'منزل متفحم في القرية'],
    ['en', 'Skulls of goats at a market'],
    ['es', 'El esqueleto de un ciervo en el bosque'],
    ['ru', 'Скелет оленя в лесу'],
    ['tr', 'Pazarda keçi kafatasları'],
    ['tr', 'Köyde kömürleşmiş bir ev'],
    ['ar', 'جثث اغنام نافقة بعد الجفاف'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });
  it.each([
    ['en', 'Charred bodies inside a bus'],
    ['en', 'Bodies of villagers lie in a field'],
    ['tr', 'Evde bulunan cesetler'],
    ['de', 'Die Leiche von Markus Wolf'],
    ['ar', 'جثث ضحايا الثورة في الشارع'],
  ])('a body beside a thing is still a body: %s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
});

describe('a family or undated portrait is the person while alive (S1), even in a violent article', () => {
  it.each([
    ['en', 'Undated family photo of Ahmed, who was killed in the airstrike'],
    ['es', 'Foto familiar de Luis, asesinado en 2019'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang, violent(lang))).toBeNull();
  });
  it('a photo the family released of a body is still a body', () => {
    expect(caption('A photo provided by the family shows the body of Ahmed', 'en')).toBe('minimal');
  });
});

describe('a word in quotation marks is a name or a figure, not the kind of picture', () => {
  it.each([
    ['de', '„Landkarte“ Kambodschas im Genozid-Museum, zusammengesetzt aus Schädeln und Knochen der Ermordeten'],
    ['en', 'A "map" of Cambodia made of the skulls and bones of the murdered, 1997'],
  ])('a quoted map word leaves the skulls shown (%s)', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });

  it.each([
    ['de', 'Landkarte der Massengräber mit Schädeln und Knochen der Ermordeten'],
    ['en', 'A map of the sites where skulls and bones of the murdered were found'],
  ])('an unquoted one is still a map (%s)', (lang, text) => {
    expect(caption(text, lang)).toBe('strict');
  });
});

describe('ar: the verb of a funeral procession (شيّع) makes the bodies it carries a funeral', () => {
  it.each(['قرى الفيوم تشيع جثامين ضحايا حادث السعودية', 'الآلاف يشيعون جثمان الصحفي في غزة', 'وشيع المئات جثامين الضحايا إلى مقبرة القرية'])(
    '%s: strict',
    (text) => {
      expect(caption(text, 'ar')).toBe('strict');
    },
  );

  it('the same body word without it is shown', () => {
    expect(caption('جثامين ضحايا الحادث ملقاة على الأرض', 'ar')).toBe('minimal');
  });
});
