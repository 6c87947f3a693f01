import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READER_SHORTCUT } from '../../../utils/reader/reader-shortcut';

// The README's keyboard table names the key the manifest suggests (e2e checks the browsers bind it).

describe('the reading-view shortcut in the README', () => {
  it('is the one the manifest suggests', () => {
    const readme = readFileSync('README.md', 'utf8');
    const keys = [...readme.matchAll(/\*\*((?:Alt|Ctrl|Shift|Command|MacCtrl)\+[^*]+)\*\*/g)].map((m) => m[1]);
    expect(keys).toEqual([READER_SHORTCUT]);
  });
});
