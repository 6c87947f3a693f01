import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain-JavaScript ESLint rule, without type declarations
import noWordList, { wordsInLargestList } from '../../../eslint-rules/no-word-list.js';

function problems(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
      plugins: { forewarn: { rules: { 'no-word-list': noWordList } } },
      rules: { 'forewarn/no-word-list': 'error' },
    },
  ]);
  return messages.map((m) => m.message);
}

describe('no word lists in detection patterns', () => {
  it('refuses a pattern listing the words of a language', () => {
    expect(problems(String.raw`const W = () => /\b(?:the|and|of|with|was|were)\b/gi;`)).toEqual([
      expect.stringContaining('A list of 6 words'),
    ]);
  });

  it('counts a word with an optional or open ending as a word', () => {
    expect(wordsInLargestList(String.raw`^\s*(?:years?|months?|weeks?|дн\p{L}*|мес\p{L}+|jours?)(?![\p{L}])`)).toBe(6);
  });

  it('refuses a word list written as a String.raw source', () => {
    expect(problems('const T = String.raw`(?:lorsque|quand|pendant|après|avant|depuis)`;')).toHaveLength(1);
  });

  it('lets a few words pass: a pattern may name a handful', () => {
    expect(problems(String.raw`const W = () => /\b(?:is|are|was|were|has)\b/u;`)).toEqual([]);
  });

  it('does not count endings after letters, digits or at the end of any word', () => {
    expect(wordsInLargestList(String.raw`^\p{L}+(?:ить|ать|ять|уть|ють|ться|ет|ит)$`)).toBe(0);
    expect(wordsInLargestList(String.raw`\d+(?:st|nd|rd|th|er|re|ème|eme)(?![\p{L}])`)).toBe(0);
    expect(wordsInLargestList('(?:ом|ем|ём|ами|ями|ой|ою|ею)$')).toBe(0);
  });

  it('reads a character class and an escape as one unit, not as alternatives', () => {
    expect(wordsInLargestList(String.raw`[a|b|c|d|e|f|g]\|x\|y`)).toBe(0);
  });

  it('counts the words of a nested group apart from their parent', () => {
    expect(wordsInLargestList(String.raw`^(?:is|are|(?!(?:was|has|his|this|its|as|us)$)\p{L}+s)$`)).toBe(7);
  });
});
