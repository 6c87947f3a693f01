import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT_CAP, measureArticleViolence } from '../../../utils/detection/measure-article-violence';

describe('measureArticleViolence', () => {
  it('measures the share of sentences about violence and names the categories', () => {
    const text =
      'The photographs show the bodies of detainees with burn marks. ' +
      'Former prisoners describe torture with electric shocks. ' +
      'The prison lies north of the capital. ' +
      'The trial opened on Tuesday in Koblenz.';
    const result = measureArticleViolence(text, 'en');
    expect(result.violenceShare).toBeCloseTo(0.5, 5);
    expect(result.categories[0]).toBe('torture');
    expect(result.categories).toContain('dead-bodies');
    expect(result.terms.length).toBeGreaterThan(0);
  });

  it('does not count violence in fiction or in traps', () => {
    const text =
      'The execution scene at the guillotine is staged with red ribbons in the play. ' +
      'The actors move between the audience as the revolution turns on itself. ' +
      'The hinge survived our torture test of 20,000 openings. ' +
      'Battery life is the killer feature of this laptop.';
    expect(measureArticleViolence(text, 'en').violenceShare).toBe(0);
  });

  it('reads other languages by the page language', () => {
    const text = 'Слідчі розпочали ексгумацію тіл. На деяких тілах виявили сліди катувань. Ціна висока.';
    const result = measureArticleViolence(text, 'uk');
    expect(result.violenceShare).toBeCloseTo(2 / 3, 5);
    expect(result.categories).toContain('torture');
  });

  it("counts a disaster's or a disease's dead and injured as its toll, not violence, unless a graphic word stands there", () => {
    // ar-0106's page: search for survivors after the earthquake, victims pulled from the rubble.
    const quake =
      'تتواصل أعمال البحث عن الناجين تحت أنقاض الزلزال المدمر في تركيا وسوريا. ' +
      'ووثقت مقاطع فيديو مشاهد مأساوية لاستخراج الضحايا من تحت الأنقاض بعد الزلازل الذي أنهى حياة أكثر من 22 ألفًا.';
    expect(measureArticleViolence(quake, 'ar').violenceShare).toBe(0);
    const en =
      'Thirty new coronavirus cases were recorded, and two more people died of the virus. ' +
      'Hundreds were injured and dozens killed as the earthquake struck at night. ' +
      'Rescuers found bodies under the rubble after the earthquake.';
    expect(measureArticleViolence(en, 'en').violenceShare).toBeCloseTo(1 / 3, 5);
    // The same words without the calamity are violence.
    expect(measureArticleViolence('Hundreds were injured and dozens killed as the militia struck at night.', 'en').violenceShare).toBe(1);
    const ru = 'Число погибших при землетрясении выросло до 40 человек, ещё 300 пострадали. Погибли 40 человек при обстреле.';
    expect(measureArticleViolence(ru, 'ru').violenceShare).toBeCloseTo(1 / 2, 5);
  });

  it.each([
    ['en', 'More than six million prisoners were taken between 1914 and 1918. The prisoner was freed on Monday.'],
    ['fr', 'On estime à plus de 6 millions le nombre de prisonniers faits entre 1914 et 1918. Le prisonnier a été libéré lundi.'],
    ['de', 'Die Gefangenen arbeiteten auf den Feldern rund um das Lager. Der Gefangene kam am Montag frei.'],
    ['es', 'Los prisioneros de guerra trabajaban en los campos del lugar. El preso salió en libertad el lunes.'],
    ['tr', 'Savaş sırasında binlerce mahkum kampta çalıştırıldı. Mahkum pazartesi serbest bırakıldı.'],
    ['ar', 'عمل السجناء في الحقول المحيطة بالمعسكر. أفرج عن السجين يوم الاثنين.'],
  ])('reads prisoners alone as people held, not violence (%s)', (lang, text) => {
    expect(measureArticleViolence(text, lang).violenceShare).toBe(0);
  });

  it('reads es "detenido" as arrested, not as a detainee abused', () => {
    expect(measureArticleViolence('La Guardia Civil ha detenido en un hotel de Macon a los dos miembros de la banda.', 'es').violenceShare).toBe(0);
    expect(measureArticleViolence('Los detenidos fueron torturados en el sótano del cuartel.', 'es').violenceShare).toBe(1);
  });

  it('still counts their abuse', () => {
    expect(measureArticleViolence('The prisoners were tortured in the basement of the camp.', 'en').violenceShare).toBe(1);
  });

  it('reads at most ARTICLE_TEXT_CAP characters', () => {
    const calm = 'The weather was mild and the market was busy all morning. '.repeat(Math.ceil(ARTICLE_TEXT_CAP / 55));
    const violent = 'Bodies of detainees lay in the morgue. '.repeat(50);
    expect(measureArticleViolence(calm + violent, 'en').violenceShare).toBe(0);
  });
});
