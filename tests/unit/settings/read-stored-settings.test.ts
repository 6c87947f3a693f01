import { describe, expect, it } from 'vitest';
import { readGlobalRecord, readSiteRecord } from '../../../utils/settings/read-stored-settings';
import { GlobalSettings, SiteEntry } from '../../../utils/settings/settings-schema';

// The content script's hand-written reader of stored settings against the schemas it stands in
// for: on every combination of valid, invalid and odd values per field, both accept the same
// records and give the same result.

/** Values tried in every field: each schema accepts some of them in some field. */
const ODD: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  1,
  3,
  12,
  19,
  40,
  41,
  1.6,
  2.7,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  '',
  'balanced',
  'strict',
  'minimal',
  'full',
  'dimmed',
  'detect',
  'off',
  'cover-all',
  'dark',
  'atkinson',
  [],
  ['torture'],
  ['torture', 'nope'],
  {},
  '3',
];

/** A stable pseudo-random pick, so the test reads the same values on every run. */
function picker(seed: number) {
  let state = seed;
  return <T>(values: readonly T[]): T => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return values[state % values.length]!;
  };
}

function withoutUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

/** Compares one raw value read both ways; returns whether it was accepted. */
function same<T>(raw: unknown, schema: { safeParse(raw: unknown): { success: boolean; data?: T } }, mine: unknown, refused: unknown): boolean {
  const zod = schema.safeParse(raw);
  expect(mine === refused, JSON.stringify(raw)).toBe(!zod.success);
  if (zod.success) expect(withoutUndefined(mine), JSON.stringify(raw)).toEqual(withoutUndefined(zod.data));
  return zod.success;
}

describe('readGlobalRecord', () => {
  it('gives what GlobalSettings.safeParse gives for every odd value in every field, one field at a time', () => {
    const top = ['version', 'sensitivity', 'categories', 'revealStyle', 'reader', 'siteListOnDeviceOnly', 'updatedAt'];
    const inReader = ['theme', 'font', 'fontSize', 'lineHeight', 'contentWidth', 'foldGraphicPassages'];
    for (const value of [...ODD, 2.6, 2.61, 30, 120, 121, 11, 1, 0.99, 'sepia', 'opendyslexic']) {
      for (const name of top) {
        const raw = { version: 3, [name]: value };
        same(raw, GlobalSettings, readGlobalRecord(raw), null);
      }
      for (const name of inReader) {
        const raw = { version: 3, reader: { [name]: value } };
        same(raw, GlobalSettings, readGlobalRecord(raw), null);
      }
    }
  });

  it('gives what GlobalSettings.safeParse gives, on 4,000 records of valid and odd fields', () => {
    const pick = picker(7);
    let accepted = 0;
    for (let i = 0; i < 4_000; i++) {
      // One field of the reader's preferences odd at a time, so that each field's own limits count.
      const readerField = pick(['theme', 'font', 'fontSize', 'lineHeight', 'contentWidth', 'foldGraphicPassages']);
      const reader = pick([undefined, {}, null, [], 'x', { [readerField]: pick(ODD) }, { [readerField]: pick(ODD), fontSize: 20 }, { contentWidth: pick([30, 68, 120, 29, 121, 68.5]) }]);
      // Mostly valid: each field valid or absent four times in five, odd otherwise.
      const often = <T>(valid: readonly T[]) => (pick([1, 2, 3, 4, 5]) === 5 ? pick(ODD) : pick([undefined, ...valid]));
      const raw = pick([
        { version: 3, sensitivity: pick(ODD), categories: pick(ODD), revealStyle: pick(ODD), reader, siteListOnDeviceOnly: pick(ODD), updatedAt: pick(ODD) },
        {
          version: 3,
          sensitivity: often(['minimal', 'balanced', 'strict']),
          categories: often([['torture'], [], ['injury', 'execution']]),
          revealStyle: often(['full', 'greyscale', 'dimmed']),
          reader: often([{}, { fontSize: 20, theme: 'dark' }, { lineHeight: 2.6, contentWidth: 30 }]),
          siteListOnDeviceOnly: often([true, false]),
          updatedAt: often([0, 17]),
        },
        { version: 3, sensitivity: pick(['balanced', 'strict', undefined]), reader, updatedAt: pick([0, 5, undefined, -1]), extra: 1 },
        { version: pick([2, 3, '3', undefined]) },
        pick(ODD),
      ]);
      const zod = GlobalSettings.safeParse(raw);
      const mine = readGlobalRecord(raw);
      expect(mine === null, JSON.stringify(raw)).toBe(!zod.success);
      if (zod.success) {
        accepted++;
        expect(withoutUndefined(mine)).toEqual(withoutUndefined(zod.data));
      }
    }
    // Both sides are exercised: many records accepted, many refused.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(3_700);
  });
});

describe('readSiteRecord', () => {
  it('gives what SiteEntry.safeParse gives for every odd value in every field, one field at a time', () => {
    for (const value of ODD) {
      for (const name of ['mode', 'sensitivity', 'autoOpenReader', 'updatedAt']) {
        const raw = { [name]: value };
        same(raw, SiteEntry, readSiteRecord(raw), undefined);
      }
    }
  });

  it('gives what SiteEntry.safeParse gives, on 4,000 entries of valid and odd fields', () => {
    const pick = picker(11);
    let accepted = 0;
    for (let i = 0; i < 4_000; i++) {
      const raw = pick([
        { mode: pick(ODD), sensitivity: pick(ODD), autoOpenReader: pick(ODD), updatedAt: pick(ODD) },
        { mode: pick(['detect', 'off', undefined]), updatedAt: pick([1, 0, undefined]) },
        pick(ODD),
      ]);
      const zod = SiteEntry.safeParse(raw);
      const mine = readSiteRecord(raw);
      expect(mine === undefined, JSON.stringify(raw)).toBe(!zod.success);
      if (zod.success) {
        accepted++;
        expect(withoutUndefined(mine)).toEqual(withoutUndefined(zod.data));
      }
    }
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(3_700);
  });
});
