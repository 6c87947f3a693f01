import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';

// Round 116: the dead kept to be seen, named by how the body is kept. An embalmed or mummified
// person (the participle said of the person: "an embalmed man", "ein einbalsamierter Mann", "un
// homme embaumé", "un niño momificado", "забальзамированный мужчина", "tahnit edilmiş bir adam",
// "رجل محنط"), the dead called well preserved ("gut erhaltene Tote", "хорошо сохранившиеся
// мертвецы") and a body in a coffin one sees through (a glass coffin or sarcophagus, as an open
// coffin) are the dead shown: G5 as a mummy, G1 as an open coffin. The same words told as history
// ("He was embalmed in 1924", "wurde er einbalsamiert", "fue embalsamado", "был забальзамирован"),
// said of an animal, of a glass hearse that carries a closed coffin, of the embalmers, or in a
// play stay uncovered by default.

describe('the dead kept on show: covered by default', () => {
  it.each([
    ['en', 'An embalmed man lies in a side chapel of the old church.'],
    ['en', 'Lenin lies in his glass coffin in the mausoleum on Red Square.'],
    ['en', 'A mummified child found in a cave in the Andes.'],
    ['de', 'Ein einbalsamierter Mann liegt in einer Seitenkapelle der alten Kirche.'],
    ['de', 'Lenin liegt in seinem Glassarg im Mausoleum am Roten Platz.'],
    ['de', 'Ein mumifiziertes Kind, in einer Höhle in den Anden gefunden.'],
    ['fr', 'Un homme embaumé repose dans une chapelle latérale de la vieille église.'],
    ['fr', 'Lénine repose dans son cercueil de verre au mausolée de la place Rouge.'],
    ['fr', 'Un enfant momifié retrouvé dans une grotte des Andes.'],
    ['es', 'Un hombre embalsamado yace en una capilla lateral de la vieja iglesia.'],
    ['es', 'Lenin yace en su ataúd de cristal en el mausoleo de la Plaza Roja.'],
    ['es', 'Un niño momificado hallado en una cueva de los Andes.'],
    ['ru', 'Забальзамированный мужчина лежит в боковой часовне старой церкви.'],
    ['ru', 'Ленин лежит в стеклянном саркофаге в мавзолее на Красной площади.'],
    ['uk', 'Забальзамований чоловік лежить у бічній каплиці старої церкви.'],
    ['uk', 'Ленін лежить у скляному саркофазі в мавзолеї на Красній площі.'],
    ['tr', 'Eski kilisenin yan şapelinde yatan tahnit edilmiş bir adam.'],
    ['tr', "Lenin, Kızıl Meydan'daki anıt mezarda cam tabutunda yatıyor."],
    ['ar', 'رجل محنط يرقد في كنيسة صغيرة جانبية في الكنيسة القديمة.'],
    ['ar', 'لينين يرقد في تابوت زجاجي داخل الضريح في الساحة الحمراء.'],
    ['ar', 'الجثمان المحنط لهو تشي منه في هانوي.'],
    ['ar', 'طفل محنط عثر عليه في كهف في جبال الأنديز.'],
    ['en', 'Well-preserved dead in the cellars of a monastery in Palermo.'],
    ['de', 'Gut erhaltene Tote in der Gruft eines Klosters in Palermo.'],
    ['es', 'Muertos bien conservados en la cripta de un convento de Palermo.'],
    ['ru', 'Хорошо сохранившиеся мертвецы в склепе монастыря в Палермо.'],
    ['uk', 'Добре збережені мерці в склепі монастиря в Палермо.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});

describe('guards: the kept dead already named by a body word, covered by default', () => {
  it.each([
    ['en', 'The embalmed body of Ho Chi Minh in Hanoi.'],
    ['de', 'Der einbalsamierte Leichnam Ho Chi Minhs in Hanoi.'],
    ['fr', 'La dépouille embaumée de Hô Chi Minh à Hanoï.'],
    ['es', 'El cuerpo embalsamado de Ho Chi Minh en Hanói.'],
    ['ru', 'Забальзамированное тело Хо Ши Мина в Ханое.'],
    ['ru', 'Мумифицированный ребенок, найденный в пещере в Андах.'],
    ['uk', 'Забальзамоване тіло Хо Ші Міна в Ханої.'],
    ['uk', 'Муміфікована дитина, знайдена в печері в Андах.'],
    ['tr', "Ho Chi Minh'in Hanoi'deki tahnit edilmiş naaşı."],
    ['tr', "And Dağları'nda bir mağarada bulunan mumyalanmış bir çocuk."],
    ['fr', "Des morts bien conservés dans la crypte d'un couvent de Palerme."],
    ['tr', "Palermo'daki bir manastırın mahzeninde iyi korunmuş ölüler."],
    ['ar', 'موتى محفوظون جيدا في قبو دير في باليرمو.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});

describe('guards: history, animals, a glass hearse, the embalmers, a play, things preserved', () => {
  it.each([
    ['en', 'Lenin speaks to soldiers in Moscow in 1920. He was embalmed after his death in 1924.'],
    ['en', 'A glass hearse carries the coffin to the cemetery.'],
    ['en', 'An embalmed cat from ancient Egypt in the British Museum.'],
    ['en', 'Snow White lies in her glass coffin in a scene from the stage musical.'],
    ['en', 'A memorial plaque for the embalmers of the mausoleum.'],
    ['de', 'Lenin spricht 1920 in Moskau zu Soldaten. Nach seinem Tod 1924 wurde er einbalsamiert.'],
    ['de', 'Ein gläserner Leichenwagen bringt den Sarg zum Friedhof.'],
    ['de', 'Eine einbalsamierte Katze aus dem alten Ägypten im Museum.'],
    ['de', 'Schneewittchen liegt im Glassarg: eine Szene aus dem Theaterstück.'],
    ['de', 'Eine Gedenktafel für die Einbalsamierer des Mausoleums.'],
    ['fr', 'Lénine parle aux soldats à Moscou en 1920. Il a été embaumé après sa mort en 1924.'],
    ['fr', 'Un corbillard vitré conduit le cercueil au cimetière.'],
    ['fr', "Un chat embaumé de l'Égypte ancienne au musée."],
    ['fr', 'Blanche-Neige repose dans son cercueil de verre, une scène de la pièce de théâtre.'],
    ['fr', 'Une plaque commémorative pour les embaumeurs du mausolée.'],
    ['es', 'Lenin habla a los soldados en Moscú en 1920. Fue embalsamado tras su muerte en 1924.'],
    ['es', 'Un coche fúnebre acristalado lleva el ataúd al cementerio.'],
    ['es', 'Un gato embalsamado del antiguo Egipto en el museo.'],
    ['es', 'Blancanieves yace en su ataúd de cristal en una escena de la obra de teatro.'],
    ['es', 'Una placa conmemorativa para los embalsamadores del mausoleo.'],
    ['ru', 'Ленин выступает перед солдатами в Москве в 1920 году. После смерти в 1924 году он был забальзамирован.'],
    ['ru', 'Стеклянный катафалк везет гроб на кладбище.'],
    ['ru', 'Забальзамированная кошка из Древнего Египта в музее.'],
    ['ru', 'Белоснежка лежит в стеклянном гробу: сцена из спектакля.'],
    ['ru', 'Мемориальная доска в честь бальзамировщиков мавзолея.'],
    ['uk', 'Ленін виступає перед солдатами в Москві в 1920 році. Після смерті в 1924 році його забальзамували.'],
    ['uk', 'Скляний катафалк везе труну на цвинтар.'],
    ['uk', 'Забальзамована кішка з Стародавнього Єгипту в музеї.'],
    ['uk', 'Білосніжка лежить у скляній труні: сцена з вистави.'],
    ['uk', 'Меморіальна дошка на честь бальзамувальників мавзолею.'],
    ['tr', "Lenin 1920'de Moskova'da askerlere konuşuyor. 1924'teki ölümünün ardından tahnit edildi."],
    ['tr', 'Camlı bir cenaze arabası tabutu mezarlığa götürüyor.'],
    ['tr', "Müzede Eski Mısır'dan tahnit edilmiş bir kedi."],
    ['tr', 'Pamuk Prenses cam tabutunda yatıyor: tiyatro oyunundan bir sahne.'],
    ['tr', 'Anıt mezarın tahnitçileri için bir anma plaketi.'],
    ['ar', 'لينين يخاطب الجنود في موسكو عام 1920. وقد تم تحنيطه بعد وفاته عام 1924.'],
    ['ar', 'سيارة نقل موتى زجاجية تنقل النعش إلى المقبرة.'],
    ['ar', 'قطة محنطة من مصر القديمة في المتحف.'],
    ['ar', 'بياض الثلج ترقد في تابوت زجاجي في مشهد من المسرحية.'],
    ['ar', 'لوحة تذكارية للمحنطين في الضريح.'],
    ['en', 'Lenin was embalmed after his death in 1924 and his mausoleum opened in 1930.'],
    ['de', 'Lenin wurde nach seinem Tod 1924 einbalsamiert, sein Mausoleum 1930 eröffnet.'],
    ['fr', 'Lénine a été embaumé après sa mort en 1924 et son mausolée ouvert en 1930.'],
    ['es', 'Lenin fue embalsamado tras su muerte en 1924 y su mausoleo se abrió en 1930.'],
    ['ru', 'Ленин был забальзамирован после смерти в 1924 году, мавзолей открыт в 1930 году.'],
    ['uk', 'Леніна забальзамували після смерті в 1924 році, мавзолей відкрили в 1930 році.'],
    ['tr', "Lenin 1924'teki ölümünün ardından tahnit edildi, anıt mezarı 1930'da açıldı."],
    ['ar', 'تم تحنيط لينين بعد وفاته عام 1924 وافتتح ضريحه عام 1930.'],
    ['en', 'Lavender fills the garden with its scent in June.'],
    ['fr', 'La lavande embaume le jardin au mois de juin.'],
    ['en', 'A mummified crocodile from ancient Egypt in the museum.'],
    ['de', 'Ein mumifiziertes Krokodil aus dem alten Ägypten im Museum.'],
    ['fr', "Un crocodile momifié de l'Égypte ancienne au musée."],
    ['es', 'Un cocodrilo momificado del antiguo Egipto en el museo.'],
    ['ar', 'تمساح محنط من مصر القديمة في المتحف.'],
    ['en', 'A well-preserved castle above the old town of Palermo.'],
    ['de', 'Gut erhaltene Briefe der Toten im Archiv der Gemeinde.'],
    ['de', 'Pharaonen zählen zu den bekanntesten Einbalsamierten der Geschichte.'],
    ['es', 'Cartas de los muertos, bien conservadas en el archivo municipal.'],
    ['ru', 'Хорошо сохранившиеся письма погибших в архиве музея.'],
    ['uk', 'Добре збережені листи загиблих в архіві музею.'],
    ['en', 'The well-preserved Dead Sea Scrolls on display in Jerusalem.'],
    ['en', 'A spider embalmed in amber, found in the Baltic.'],
    ['de', 'Eine in Bernstein konservierte Spinne aus dem Baltikum.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
