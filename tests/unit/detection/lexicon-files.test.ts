import { describe, expect, it } from 'vitest';
import { lexiconFilesOnDisk, lexiconFilesProblems } from '../../../tooling/lexicon-files';
import { LEXICON_LANGUAGES } from '../../../utils/detection/lexicon-library';
import { LEXICON_FILES } from '../../../utils/detection/lexicons/all-lexicons';
import { formatLexiconFile } from '../../../utils/detection/lexicons/format-lexicon-file';

// The lexicon files as they are on disk: well formed (the build checks this too), in canonical
// form (`npm run lexicons:format` writes it), and the ones the extension bundles.

const files = lexiconFilesOnDisk();

describe('the lexicon files', () => {
  it('are one per language Forewarn reads, each bundled as it is on disk', () => {
    expect(files.map((f) => f.lang).sort()).toEqual([...LEXICON_LANGUAGES].sort());
    for (const { lang, text } of files) expect(LEXICON_FILES[lang], lang).toBe(text);
  });

  it('have no malformed entry, setting or word set, and no duplicate', () => {
    expect(lexiconFilesProblems(files)).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s is in canonical form (npm run lexicons:format)', (_path, file) => {
    const canonical = formatLexiconFile(file.text, file.lang);
    expect(canonical).not.toBeNull();
    // Compared line by line, so a failure shows the lines out of place.
    expect(file.text.split('\n')).toEqual(canonical!.split('\n'));
  });
});
