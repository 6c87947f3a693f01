import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTED_MESSAGES, countedMessage, messagesLocale } from '../../../utils/counted-message';

// Sentences with a number take the plural form the number needs in each language, chosen by
// Intl.PluralRules: "1 site", "3 مواقع", "11 موقعًا", "100 موقع", "1 000 000 de sites".

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const root = 'public/_locales';
const languages = readdirSync(root);
const read = (lang: string): Record<string, Entry> => JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8'));

/** chrome.i18n.getMessage over one locale file: $NAME$ → its placeholder's $n → substitution n. */
function translateFrom(lang: string) {
  const messages = read(lang);
  return (key: string, substitutions: string[] = []) => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

describe('counted messages', () => {
  it.each(languages)('%s has every plural form its language needs, for every counted message', (lang) => {
    const t = translateFrom(lang);
    expect(messagesLocale(t)).toBe(lang);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const messages = read(lang);
    const missing = COUNTED_MESSAGES.flatMap((base) => categories.map((c) => `${base}_${c}`)).filter((k) => !(k in messages));
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s: every message with a count in it is a counted message', (lang) => {
    const counted = Object.entries(read(lang))
      .filter(([, entry]) => Object.keys(entry.placeholders ?? {}).some((n) => /count|total|synced|shown/.test(n)))
      .map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, ''));
    expect([...new Set(counted)].sort()).toEqual([...COUNTED_MESSAGES].sort());
  });

  it('picks the form the number needs', () => {
    const en = translateFrom('en');
    expect(countedMessage(en, 'sites_count', 1)).toBe('1 site with its own settings.');
    expect(countedMessage(en, 'sites_count', 5000)).toBe('5,000 sites with their own settings.');
    const ar = translateFrom('ar');
    expect(countedMessage(ar, 'sites_count', 1)).toBe('موقع واحد له إعدادات خاصة.');
    expect(countedMessage(ar, 'sites_count', 2)).toBe('موقعان لهما إعدادات خاصة.');
    expect(countedMessage(ar, 'sites_count', 3)).toMatch(/^3 مواقع /);
    expect(countedMessage(ar, 'sites_count', 11)).toMatch(/^11 موقعًا /);
    expect(countedMessage(ar, 'sites_count', 100)).toMatch(/^100 موقع /);
    const fr = translateFrom('fr');
    expect(countedMessage(fr, 'popup_covered_count', 1)).toBe('1 image est masquée sur cette page.');
    expect(countedMessage(fr, 'sites_more', 1_000_000)).toMatch(/^1\s000\s000 d’autres sites/);
    const es = translateFrom('es');
    expect(countedMessage(es, 'reader_view_fold_count', 1)).toBe('Plegar 1 pasaje detallado');
    expect(countedMessage(es, 'reader_view_fold_count', 2)).toBe('Plegar 2 pasajes detallados');
  });

  it('follows the language of the messages, not of the browser, and falls back to the general form', () => {
    // A browser in Russian reads the English file: English rules (Russian "few" for 3 does not exist there).
    const en = translateFrom('en');
    expect(countedMessage(en, 'sites_count', 3)).toBe('3 sites with their own settings.');
    const partial = (key: string, subs: string[] = []) => (key === 'messages_locale' ? 'ar' : key.endsWith('_other') ? `other ${subs[0]}` : '');
    expect(countedMessage(partial, 'sites_count', 3)).toBe('other 3');
  });
});
