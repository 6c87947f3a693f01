import { beforeEach, describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { clearLexiconLibrary, hasLexicon, registerLexicon } from '../../../utils/detection/lexicon-library';
import { LexiconLoads } from '../../../utils/guard/lexicon-loads';

// What the guard waits for while lexicons load: nothing when the loader had the language at hand
// (read ahead of the first picture), until the load settles otherwise.

beforeEach(() => clearLexiconLibrary());

describe('LexiconLoads', () => {
  it('does not wait for a language the loader registers before returning, and still says it settled', async () => {
    let settled = 0;
    const loads = new LexiconLoads((langs) => {
      for (const lang of langs) registerLexicon(bundledLexicon(lang)!);
      return Promise.resolve(langs);
    }, () => settled++);
    loads.prime('en');
    expect(hasLexicon('en')).toBe(true);
    expect(loads.loading).toBe(false);
    await Promise.resolve();
    expect(settled).toBe(1);
  });

  it('waits for a language that arrives later, then settles once', async () => {
    let settled = 0;
    let arrive: () => void = () => {};
    const loads = new LexiconLoads(
      (langs) =>
        new Promise((resolve) => {
          arrive = () => {
            for (const lang of langs) registerLexicon(bundledLexicon(lang)!);
            resolve(langs);
          };
        }),
      () => settled++,
    );
    loads.prime('fr');
    expect(loads.loading).toBe(true);
    arrive();
    await new Promise((r) => setTimeout(r, 0));
    expect(loads.loading).toBe(false);
    expect(hasLexicon('en') && hasLexicon('fr')).toBe(true);
    expect(settled).toBe(1);
  });
});

describe('LexiconLoads with the first pass', () => {
  it('reads only the trigger words when the first picture is found, and no language until a decision asks', async () => {
    const asked: string[][] = [];
    let settled = 0;
    let answer: (loaded: boolean) => void = () => {};
    const loads = new LexiconLoads(
      (langs) => {
        asked.push(langs);
        return Promise.resolve(langs);
      },
      () => settled++,
      () => new Promise<boolean>((resolve) => (answer = resolve)),
    );
    loads.prime('fr');
    expect(loads.loading).toBe(true);
    answer(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(loads.loading).toBe(false);
    expect(settled).toBe(1);
    expect(asked).toEqual([]);
  });

  it('falls back to English and the page language when the trigger words cannot be had', async () => {
    const asked: string[][] = [];
    const loads = new LexiconLoads(
      (langs) => {
        asked.push(langs);
        return new Promise(() => {});
      },
      () => {},
      () => Promise.resolve(false),
    );
    loads.prime('fr-FR');
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([['en', 'fr']]);
    expect(loads.loading).toBe(true);
  });
});
