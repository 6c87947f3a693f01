import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../utils/detection/compile-lexicon';
import { findTerms } from '../../../utils/detection/find-terms';
import { formatLexiconFile } from '../../../utils/detection/lexicons/format-lexicon-file';
import { lexiconFileProblems } from '../../../utils/detection/lexicons/lexicon-file-problems';
import { readLexiconFile } from '../../../utils/detection/lexicons/read-lexicon-file';

// The check the build runs on every lexicon file (wxt.config.ts, npm run lexicons:check), the
// canonical form, and reading a file into the compiler's input, on small files written here.

const GOOD = `# A small test lexicon.

[language]
inflection: suffix
endings: ing ed es e s
min-stem: 3

[graphic torture]
burn marks
torture

[traps]
execution of $things
torture test

[words things]
plan
strategy
`;

/** The file with `line` added as the last line of `[section]`: its line number and the problems. */
function withLine(section: string, line: string): { at: number; problems: { line: number; message: string }[] } {
  const lines = GOOD.split('\n');
  let at = lines.indexOf(`[${section}]`) + 1;
  while (at < lines.length && lines[at] !== '') at++;
  lines.splice(at, 0, line);
  return { at: at + 1, problems: lexiconFileProblems(lines.join('\n'), 'en') };
}

describe('the lexicon syntax check', () => {
  it('finds nothing wrong with a well-formed file', () => {
    expect(lexiconFileProblems(GOOD, 'en')).toEqual([]);
  });

  it.each([
    ['graphic torture', 'dead//alive', /empty alternative/],
    ['graphic torture', 'shot/ dead', /empty alternative/],
    ['graphic torture', '/shot dead', /empty alternative/],
    ['graphic torture', 'hanged ?', /dangling "\?"/],
    ['graphic torture', 'hang?ed', /"\?" closes a whole word/],
    ['graphic torture', 'hanged/shot?/burnt', /"\?" closes a whole word/],
    ['graphic torture', 'the? a?', /every word is optional/],
    ['graphic torture', '=', /no word in it/],
    ['graphic torture', "'", /not a word/],
    ['graphic torture', 'shot*', /unbalanced wildcard/],
    ['graphic torture', 'shot *dead', /unbalanced wildcard/],
    ['graphic torture', 'shot at/* dawn', /"\*" stands alone/],
    ['graphic torture', '* of torture', /starts with a wildcard/],
    ['graphic torture', '*? of torture', /starts with a wildcard/],
    ['graphic torture', 'the? * torture', /starts with a wildcard/],
    ['graphic torture', '-wunde-', /open at both ends/],
    ['graphic torture', '=folter-', /both exact .* and open/],
    ['graphic torture', 'to=rture', /"=" marks an exact word once/],
    ['graphic torture', 'torture (graphic)', /unexpected "\("/],
    ['graphic torture', 'blood-soaked/bloody', /different lengths/],
    ['graphic torture', 'shot/shot dead', /listed twice/],
    ['graphic torture', 'torture # the word itself', /comment goes on a line of its own/],
    ['graphic torture', 'execution of $budget', /names no word set/],
    ['graphic torture', 'execution of plan/$things', /stands alone as a word/],
    ['graphic torture', 'torture', /duplicate entry "torture" \(also on line 10\)/],
    ['graphic torture', 'tortured', /matches what line 10 \("torture"\) matches/],
    ['graphic torture', 'burn/burns marks', /matches what line 9 \("burn marks"\) matches/],
    ['words things', 'the plan', /one word per line/],
    ['words things', 'plan/budget', /one word per line/],
    ['words things', 'plan', /duplicate entry "plan"/],
    ['language', 'inflection: prefix', /set twice/],
    ['language', 'stems: 4', /unknown setting "stems"/],
    ['language', 'proclitics: al wa', /only with "inflection: arabic"/],
    ['language', 'suffix', /"key: value" lines/],
  ])('in [%s], reports "%s" on its line', (section, line, message) => {
    const { at, problems } = withLine(section, line);
    expect(problems.filter((p) => p.line === at).map((p) => p.message).join(' | ')).toMatch(message);
  });

  it('reports a duplicate once, not also as reading the same', () => {
    expect(withLine('graphic torture', 'torture').problems).toHaveLength(1);
  });

  it.each([
    ['an unknown section', '[graphic burns]\nburns', /unknown section \[graphic burns\]/],
    ['a section written twice', '[traps]\ntorture rack', /section \[traps\] appears a second time \(first on line 12\)/],
    ['text after a section name', '[sport] football', /nothing may follow a section name/],
    ['a malformed section line', '[sport\nfootball', /section name is written \[name\]/],
    ['a word set nobody uses', '[words unused]\nthing', /not used: no entry writes \$unused/],
    ['an empty word set', '[words empty]', /has no words/],
  ])('reports %s', (_what, added, message) => {
    const text = `${GOOD}\n${added}\n`;
    expect(lexiconFileProblems(text, 'en').map((p) => p.message).join(' | ')).toMatch(message);
  });

  it('reports an entry before any section, and a file without [language]', () => {
    const problems = lexiconFileProblems('torture\n[graphic torture]\nburn marks\n', 'en');
    expect(problems).toEqual([
      { line: 1, message: expect.stringMatching(/stands before any section/) as string },
      { line: 1, message: expect.stringMatching(/no \[language\] section/) as string },
    ]);
  });

  it('reports settings that cannot be read', () => {
    const text = GOOD.replace('inflection: suffix', 'inflection: agglutinative').replace('min-stem: 3', 'min-stem: three');
    expect(lexiconFileProblems(text, 'en')).toEqual([
      { line: 4, message: 'inflection is one of suffix, prefix, arabic, not "agglutinative"' },
      { line: 6, message: 'min-stem is a whole number, not "three"' },
    ]);
  });

  it('reads where adjectives stand, before or after the noun, and nothing else', () => {
    const after = GOOD.replace('min-stem: 3', 'min-stem: 3\nadjectives: after');
    expect(lexiconFileProblems(after, 'en')).toEqual([]);
    expect(readLexiconFile(after, 'en').adjectives).toBe('after');
    expect(readLexiconFile(GOOD, 'en').adjectives).toBeUndefined();
    expect(lexiconFileProblems(GOOD.replace('min-stem: 3', 'min-stem: 3\nadjectives: around'), 'en')).toEqual([
      { line: 7, message: 'adjectives is before or after, not "around"' },
    ]);
  });
});

describe('reading a lexicon file', () => {
  it('spells out word sets as alternatives and keeps each section in file order', () => {
    const data = readLexiconFile(GOOD, 'en');
    expect(data).toEqual({
      lang: 'en',
      inflection: 'suffix',
      endings: ['ing', 'ed', 'es', 'e', 's'],
      minStem: 3,
      sections: { 'graphic torture': ['burn marks', 'torture'], traps: ['execution of plan/strategy', 'torture test'] },
    });
    const lex = compileLexicon(data);
    expect(findTerms('Execution of strategies; torture marks', [lex]).map((h) => h.text)).toEqual(['torture']);
  });

  it('refuses a file whose layout it cannot read, naming the line', () => {
    expect(() => readLexiconFile(GOOD.replace('[traps]', '[trap]'), 'en')).toThrow(/en\.lexicon: line 12: unknown section \[trap\]/);
  });
});

describe('the canonical form', () => {
  const messy = `# Head comment.

[traps]
torture test
# Kill idioms.
killer feature
kill   switch

killer app

[graphic torture]
torture
=mutilated
burn marks
burn marks

[language]
min-stem: 3
endings: s ing ed
inflection: suffix
`;

  it('orders sections, sorts entries within each group, keeps comments above their group, drops duplicates', () => {
    expect(formatLexiconFile(messy, 'en')).toBe(`# Head comment.

[language]
inflection: suffix
endings: ing ed s
min-stem: 3

[graphic torture]
burn marks
=mutilated
torture

[traps]
torture test

# Kill idioms.
kill switch
killer app
killer feature
`);
  });

  it('is left as it is when formatted again', () => {
    const once = formatLexiconFile(messy, 'en')!;
    expect(formatLexiconFile(once, 'en')).toBe(once);
    expect(formatLexiconFile(GOOD, 'en')).toBe(GOOD);
  });

  it('sorts by the language’s alphabet', () => {
    const tr = '[language]\ninflection: prefix\nmin-stem: 3\n\n[sport]\nzafer\nçalım\ncezalı\n';
    expect(formatLexiconFile(tr, 'tr')).toBe('[language]\ninflection: prefix\nmin-stem: 3\n\n[sport]\ncezalı\nçalım\nzafer\n');
  });

  it('is not written for a file whose layout has problems', () => {
    expect(formatLexiconFile(GOOD.replace('[traps]', '[trap]'), 'en')).toBeNull();
  });
});
