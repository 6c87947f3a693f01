import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real corpus is text written by hand, a case or a paragraph at a time: a file far larger
// than that is a broken edit (a replace of an empty string once wrote a paragraph between every
// two characters of RESULTS.md, 467 MB), which would be committed and cloned forever.

const DIR = join(import.meta.dirname, '../../corpus/real');
/** About three times the largest file of the corpus so far (RESULTS.md, 0.65 MB). */
const MAX_BYTES = 2_000_000;

describe('the real corpus files', () => {
  it.each(readdirSync(DIR))('%s is of a size written by hand', (name) => {
    expect(statSync(join(DIR, name)).size).toBeLessThan(MAX_BYTES);
  });
});
