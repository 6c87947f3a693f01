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

  it('reads at most ARTICLE_TEXT_CAP characters', () => {
    const calm = 'The weather was mild and the market was busy all morning. '.repeat(Math.ceil(ARTICLE_TEXT_CAP / 55));
    const violent = 'Bodies of detainees lay in the morgue. '.repeat(50);
    expect(measureArticleViolence(calm + violent, 'en').violenceShare).toBe(0);
  });
});
