import { describe, expect, it } from 'vitest';
import { isGraphicPassage } from '../../../utils/reader/is-graphic-passage';

// "Fold detailed passages" in every language detection reads: the same detailed passage (from
// the English fixture, translated) folds in each; Arabic also written the way Arabic prose links
// clauses, with "،" where English ends sentences (before the fix it folded nothing).

const GRAPHIC: Record<string, string> = {
  en: 'The pathologists who studied the images found that many of the dead were severely emaciated. Several bodies show burn marks on the chest and arms consistent with electric shocks, and the bodies of detainees show deep bruising from beatings with cables and sticks. One body has its eyes gouged out; others show strangulation marks around the neck.',
  ar: 'وجد الأطباء الشرعيون الذين درسوا الصور أن كثيراً من القتلى كانوا في حالة هزال شديد. وتظهر على عدة جثث آثار حروق على الصدر والذراعين تتوافق مع الصعق بالكهرباء، كما تظهر على جثث المعتقلين كدمات عميقة من الضرب بالكابلات والعصي. إحدى الجثث اقتُلعت عيناها، وتظهر على جثث أخرى آثار خنق حول الرقبة.',
  'ar (clauses)': 'وجد الأطباء الشرعيون الذين درسوا الصور أن كثيراً من القتلى كانوا في حالة هزال شديد، وتظهر على عدة جثث آثار حروق على الصدر والذراعين تتوافق مع الصعق بالكهرباء، كما تظهر على جثث المعتقلين كدمات عميقة من الضرب بالكابلات والعصي، وإحدى الجثث اقتُلعت عيناها، فيما تظهر على جثث أخرى آثار خنق حول الرقبة.',
  fr: 'Les médecins légistes qui ont examiné les images ont constaté que beaucoup de morts étaient gravement émaciés. Plusieurs corps portent des traces de brûlures sur la poitrine et les bras, compatibles avec des décharges électriques, et les corps des détenus présentent des ecchymoses profondes dues à des coups de câbles et de bâtons. Un corps a les yeux arrachés ; d’autres portent des traces de strangulation autour du cou.',
  es: 'Los forenses que estudiaron las imágenes concluyeron que muchos de los muertos estaban gravemente demacrados. Varios cadáveres muestran marcas de quemaduras en el pecho y los brazos compatibles con descargas eléctricas, y los cuerpos de los detenidos presentan hematomas profundos por golpes con cables y palos. A un cadáver le arrancaron los ojos; otros muestran marcas de estrangulamiento alrededor del cuello.',
  de: 'Die Rechtsmediziner, die die Bilder untersuchten, stellten fest, dass viele der Toten stark abgemagert waren. Mehrere Leichen zeigen Brandwunden an Brust und Armen, die auf Elektroschocks hindeuten, und die Leichen der Häftlinge weisen tiefe Blutergüsse von Schlägen mit Kabeln und Stöcken auf. Einer Leiche wurden die Augen ausgestochen; andere zeigen Würgemale am Hals.',
  uk: 'Судмедексперти, які вивчали знімки, встановили, що багато загиблих були вкрай виснажені. На кількох тілах видно сліди опіків на грудях і руках, схожі на удари струмом, а на тілах ув’язнених — глибокі синці від побиття кабелями та палицями. В одного тіла виколоті очі; на інших видно сліди задушення на шиї.',
  ru: 'Судмедэксперты, изучившие снимки, установили, что многие погибшие были крайне истощены. На нескольких телах видны следы ожогов на груди и руках, похожие на удары током, а на телах заключённых — глубокие синяки от избиений кабелями и палками. У одного тела выколоты глаза; на других видны следы удушения на шее.',
  tr: 'Görüntüleri inceleyen adli tıp uzmanları, ölenlerin birçoğunun aşırı derecede zayıfladığını tespit etti. Birkaç cesette göğüs ve kollarda elektrik şokuyla uyumlu yanık izleri görülüyor, tutukluların cesetlerinde ise kablo ve sopalarla dövülmekten kaynaklanan derin morluklar var. Bir cesedin gözleri oyulmuş; diğerlerinde boyun çevresinde boğma izleri görülüyor.',
};

/** Calm paragraphs that name the topic, or one body, and must stay open. */
const CALM: Record<string, string> = {
  en: 'The search for names continues. Volunteers have built a database in which families can compare photographs of their relatives with the images, with a counsellor present. So far, 1,200 people have been identified.',
  ar: 'ويستمر البحث عن الأسماء، وقد أنشأ متطوعون قاعدة بيانات تتيح للعائلات مقارنة صور ذويهم بالأرشيف بحضور مرشد نفسي، وتعرّفت عائلة واحدة على جثة ابنها العام الماضي، فيما تنتظر مئات العائلات الأخرى أي خبر عن أبنائها المعتقلين.',
};

describe('isGraphicPassage in every detection language', () => {
  it.each(Object.entries(GRAPHIC))('%s: a detailed passage folds', (key, text) => {
    expect(isGraphicPassage(text, key.slice(0, 2))).toBe(true);
  });

  it.each(Object.entries(CALM))('%s: a calm paragraph stays open', (lang, text) => {
    expect(isGraphicPassage(text, lang)).toBe(false);
  });
});
