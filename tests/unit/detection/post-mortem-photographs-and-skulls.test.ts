import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// Round 103: fixed terms that name the dead. A post-mortem photograph is a genre with a fixed name in
// every language (the dead posed for the camera): named, the picture shows a body, covered from
// minimal. "Post mortem" alone is an examination, a review or a copyright term, and stays unread;
// a posthumous mask, edition or exhibition is no photograph. A German compound that gives a skull or
// bones to the dead or to people ("Totenschädel", "Menschenknochen") is remains, as "Schädel" is;
// anatomy ("Schädelbasis") and an animal's skull ("Rinderschädel") are not.

describe('a post-mortem photograph named is a body shown: minimal', () => {
  it.each([
    ['en', 'A post-mortem photograph of a young girl, about 1860.'],
    ['es', 'Retrato post-mortem de un hombre sentado, 1870.'],
    ['es', 'Fotografía postmortem de dos hermanos.'],
    ['fr', "Photographie post-mortem d'une fillette, vers 1850."],
    ['de', 'Post-mortem-Fotografie eines Kindes, um 1870.'],
    ['ru', 'Посмертная фотография девочки, 1860-е годы.'],
    ['uk', 'Посмертне фото чоловіка, XIX століття.'],
    ['tr', 'Ölüm sonrası fotoğraf: 19. yüzyılda bir kız çocuğu.'],
    ['ar', 'صورة ما بعد الوفاة لطفلة في القرن التاسع عشر'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('a German compound giving a skull or bones to the dead is remains: minimal', () => {
  it.each([['Ein Stupa, gefüllt mit Totenschädeln.'], ['Menschenknochen in einer Vitrine der Gedenkstätte.']])('%s', (caption) => {
    expect(captionCoverAt(caption, 'de')).toBe('minimal');
  });
});

describe('guards: post mortem without a photograph, posthumous things, anatomy and animals', () => {
  it.each([
    ['en', 'A post-mortem examination of the whale found it had starved.'],
    ['en', "The post-mortem on the team's season makes grim reading."],
    ['es', 'Los derechos post mortem del autor expiran a los 70 años.'],
    ['fr', "Les droits d'auteur post mortem durent soixante-dix ans."],
    ['ru', 'Посмертная маска поэта в музее.'],
    ['uk', 'Посмертна виставка художника відкрилася у Львові.'],
    ['tr', 'Ölüm sonrası hayat üzerine bir kitap.'],
    ['ar', 'الحياة بعد الوفاة في المعتقدات القديمة'],
    ['de', 'Die Mordkommission ermittelt am Tatort.'],
    ['de', 'Am Totensonntag besuchen viele Menschen die Friedhöfe.'],
    ['de', 'Ein Bruch der Schädelbasis wurde im Röntgenbild sichtbar.'],
    ['de', 'Ein Rinderschädel hängt an der Scheune.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
  });
});
