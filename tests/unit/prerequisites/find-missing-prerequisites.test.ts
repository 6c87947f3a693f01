import { describe, expect, it } from 'vitest';
import { aptLineFor, findMissingPrerequisites, type MachineFacts } from '../../prerequisites/find-missing-prerequisites';

// The check `npm test` runs first: it names every missing package and gives one apt-get line.

const complete: MachineFacts = { chromium: true, chromiumArabic: true, firefoxMajor: 153, xvfb: true, xdotool: true };

describe('findMissingPrerequisites', () => {
  it('finds nothing on a complete machine', () => {
    expect(findMissingPrerequisites(complete, 140)).toEqual([]);
  });

  it('names each missing package once, in one apt-get line', () => {
    const missing = findMissingPrerequisites(
      { chromium: false, chromiumArabic: false, firefoxMajor: null, xvfb: false, xdotool: false },
      140,
    );
    expect(missing.map((m) => m.pkg)).toEqual(['chromium', 'chromium-l10n', 'firefox-esr', 'xvfb', 'xdotool']);
    expect(aptLineFor(missing)).toBe('apt-get update && apt-get install -y chromium chromium-l10n firefox-esr xvfb xdotool');
  });

  it('asks for a newer Firefox ESR when the installed one is older than the oldest supported', () => {
    const missing = findMissingPrerequisites({ ...complete, firefoxMajor: 128 }, 140);
    expect(missing).toEqual([{ pkg: 'firefox-esr', why: expect.stringContaining('128') }]);
    expect(findMissingPrerequisites({ ...complete, firefoxMajor: 140 }, 140)).toEqual([]);
  });

  it('does not ask for Firefox when only Chromium is tested, nor for translations of a custom Chromium', () => {
    expect(findMissingPrerequisites({ ...complete, firefoxMajor: undefined, chromiumArabic: null }, 140)).toEqual([]);
  });
});
