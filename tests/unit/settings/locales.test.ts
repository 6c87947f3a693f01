import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The _locales files: valid, consistent with English, and complete for the settings UI.

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const root = 'public/_locales';
const read = (lang: string): Record<string, Entry> => JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8'));
const en = read('en');
const languages = readdirSync(root);
/** A plural form (sites_count_few) answers to its language's plural rules, not to an English key. */
const englishFor = (key: string): Entry | undefined =>
  en[key] ?? en[key.replace(/_(zero|one|two|few|many|other)$/, '_other')];
const uiFolders = ['components/popup', 'components/options', 'components/controls', 'entrypoints/popup', 'entrypoints/options'];
/** Key families the popup and options page draw (the cover's keys belong to the content script). */
const SETTINGS_UI = /^(ext|popup_|options_|mode_|sensitivity_|category_|reveal_|sites_|sync_|reader_(?!view_)|backup_|problems_)/;

function literalKeysUsedInUi(): string[] {
  const keys = new Set<string>();
  for (const folder of uiFolders) {
    for (const file of readdirSync(folder, { recursive: true }) as string[]) {
      if (!/\.tsx?$/.test(file)) continue;
      const source = readFileSync(join(folder, file), 'utf8');
      for (const match of source.matchAll(/\bt\('([a-z_]+)'/g)) keys.add(match[1]!);
    }
  }
  return [...keys];
}

describe('locales', () => {
  it('include English, Arabic, French and Spanish', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'ar', 'fr', 'es']));
  });

  it('English has every key the popup and options page name literally', () => {
    const used = literalKeysUsedInUi();
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });

  it.each(languages.filter((l) => l !== 'en'))('%s covers the settings UI and keeps placeholders', (lang) => {
    const messages = read(lang);
    const missing = Object.keys(en).filter((key) => SETTINGS_UI.test(key) && !(key in messages));
    expect(missing).toEqual([]);
    for (const [key, entry] of Object.entries(messages)) {
      const english = englishFor(key);
      expect(english, `${lang}: ${key} is not in English`).toBeDefined();
      const names = Object.keys(english!.placeholders ?? {});
      // Arabic says "one site", "two sites" in words: those forms may leave the number out.
      const mayOmit = /_(zero|one|two)$/.test(key);
      if (!mayOmit) for (const name of names) expect(entry.message, `${lang}: ${key}`).toContain(`$${name.toUpperCase()}$`);
      expect(Object.keys(entry.placeholders ?? {}).sort()).toEqual(names.sort());
    }
  });

  it.each(languages)('%s says whose the context-menu item is', (lang) => {
    // It sits beside Chromium's own "Open in reading mode".
    expect(read(lang).reader_view_menu?.message).toContain('Forewarn');
  });
});
