import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { coveredByDefault, neutralPage } from './test-pages';

// Round 83: how pages title and caption pictures. A number before a body word counts the dead
// (a guard for the heading rule's pages). A heading right over a picture in the article's body,
// with no paragraph between, titles it when the picture's own words are none, a credit, or speak
// only of killing; a caption naming a scene, a headline over the lead picture, a paragraph between
// and an art heading keep their reading. Invented captions and headings in the style of wire
// captions, photo archives and galleries.

const covered = coveredByDefault;
const picture = (image: Partial<ImageTextContext>, lang: string) => {
  const level = classifyImageContext({ placement: 'article-body', ...image }, neutralPage(lang)).coverAt;
  return level === 'minimal' || level === 'balanced';
};

describe('a number before a body word is a toll', () => {
  it.each([
    ['en', 'Officials said 200 bodies have been recovered so far.'],
    ['en', 'Death toll rises to 1,000 as rescuers search the rubble.'],
    ['fr', 'Plus de 200 corps ont été retrouvés depuis lundi.'],
    ['es', 'Ya son 200 los cuerpos recuperados desde el lunes.'],
    ['de', 'Rund 200 Tote liegen noch unter den Trümmern.'],
    ['ru', 'Спасатели извлекли уже 200 тел из-под завалов.'],
    ['uk', 'Рятувальники дістали вже 200 тіл з-під завалів.'],
  ])('a number before the word is still a toll (%s: %s)', (lang, caption) => {
    expect(covered(caption, lang)).toBe(false);
  });
});

describe('a heading right over a picture in the body titles it', () => {
  it.each<[string, Partial<ImageTextContext>]>([
    ['en', { heading: 'Bodies of executed prisoners in the courtyard of the prison', credit: 'Photo: AP' }],
    ['en', { heading: 'Soldiers collecting corpses after the Battle of the Somme', caption: 'The deadliest month of the war, July 1916. Imperial War Museum, Q 4012' }],
    ['fr', { heading: 'Ramassage des cadavres après la bataille de Verdun', caption: 'Le mois le plus meurtrier, février 1916. Archives nationales, AG 12' }],
    ['fr', { heading: 'Corps de civils exécutés dans une rue de Boutcha', credit: 'Photo : AFP' }],
    ['es', { heading: 'Cadáveres de fusilados en el cementerio de Paterna', credit: 'Archivo General de la Administración' }],
    ['de', { heading: 'Leichen erschossener Zivilisten in einer Straße von Butscha', credit: 'Foto: dpa' }],
    ['de', { heading: 'Soldaten bergen die Leichen nach der Schlacht an der Somme', caption: 'Der verlustreichste Monat des Krieges, Juli 1916. Bundesarchiv, Bild 183' }],
    ['ru', { heading: 'Солдаты собирают трупы после битвы на Сомме', caption: 'Самый кровопролитный месяц войны, июль 1916 года. Архив' }],
    ['uk', { heading: 'Тіла розстріляних цивільних на вулиці Бучі', credit: 'Фото: Reuters' }],
    ['tr', { heading: 'Bucha sokaklarında kurşuna dizilmiş sivillerin cesetleri', credit: 'Fotoğraf: AA' }],
    ['ar', { heading: 'جثث مدنيين أعدموا في شارع في بوتشا', credit: 'رويترز' }],
  ])('%s: %j', (lang, image) => {
    expect(picture(image, lang)).toBe(true);
  });

  it.each<[string, Partial<ImageTextContext>]>([
    // A headline over the lead picture tells the story.
    ['en', { placement: 'lead', heading: 'Bodies found in mass grave near Izium, officials say', caption: 'Volodymyr Zelensky speaks to reporters in Kyiv on Monday.' }],
    ['en', { placement: 'lead', heading: 'Torture in Saydnaya prison: Amnesty publishes new testimonies' }],
    ['ar', { placement: 'lead', heading: 'العثور على جثث في شوارع بوتشا', caption: 'الرئيس الأوكراني خلال مؤتمر صحفي في كييف' }],
    // A caption that names a scene speaks for its picture.
    ['en', { heading: 'Bodies found in mass grave near Izium', caption: 'Investigators stand outside the police station in Izium on Friday.' }],
    ['en', { heading: 'Bodies pulled from the rubble in Antakya', caption: 'The town hall of Antakya before the earthquake.' }],
    ['fr', { heading: 'Des corps retrouvés dans une fosse commune à Izioum', caption: 'Des enquêteurs devant le commissariat d’Izioum, vendredi.' }],
    ['de', { heading: 'Leichen in Massengrab bei Isjum gefunden', caption: 'Ermittler vor der Polizeiwache in Isjum am Freitag.' }],
    ['ru', { heading: 'Тела на улицах Бучи', caption: 'Здание мэрии Бучи после ремонта.' }],
    ['tr', { heading: 'Bucha sokaklarında cesetler', caption: 'Bucha belediye binası onarımdan sonra.' }],
    // …and so does one that hangs the killing on a place by a genitive.
    ['en', { heading: 'Bodies found in mass grave near Izium', caption: 'Police at the scene of the massacre in Izium on Friday.' }],
    ['fr', { heading: 'Des corps retrouvés dans une fosse commune à Izioum', caption: 'Le lieu du massacre, vendredi.' }],
    // A name alone, a paragraph between, an art heading.
    ['en', { heading: 'Bodies found in mass grave near Izium', caption: 'Volodymyr Zelensky' }],
    ['en', { heading: 'Corpses on the streets of Bucha', before: 'The mayor said the city would rebuild its schools and hospitals before the winter.' }],
    ['es', { heading: 'Dibujo de los cadáveres en una fosa común', caption: 'Archivo del Museo de la Memoria' }],
  ])('not covered by default: %s: %j', (lang, image) => {
    expect(picture(image, lang)).toBe(false);
  });
});
