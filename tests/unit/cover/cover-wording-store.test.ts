import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { VerdictReason } from '../../../utils/detection/detection-types';
import { coverMessageKeys, describeReason, englishTranslate } from '../../../utils/cover-wording';
import {
  COVER_WORDING_STORAGE_KEY,
  coverWordingFrom,
  loadCoverWording,
  readStoredCoverWording,
  storeCoverWording,
  translateFromWording,
} from '../../../utils/cover-wording-store';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * getMessage over a shipped messages.json, as browsers apply it: a named placeholder
 * ($TERMS$) takes its content ("$1"), and "$1" takes the first substitution.
 */
function getMessageIn(lang: string): (key: string, substitutions?: string[]) => string {
  const messages = JSON.parse(readFileSync(resolve('public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>;
  return (key, substitutions = []) => {
    if (key === '@@bidi_dir') return lang === 'ar' ? 'rtl' : 'ltr';
    const entry = messages[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    return named.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

describe('the cover wording kept in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every cover message of a locale with its places unfilled, and fills them as i18n does', () => {
    const french = getMessageIn('fr');
    const stored = coverWordingFrom(french);
    expect(Object.keys(stored.strings).sort()).toEqual(coverMessageKeys().sort());
    expect(stored.strings.cover_reason_mentions).toBe('$1 mentionne : $2');
    const t = translateFromWording(() => readStoredCoverWording(JSON.stringify(stored))!, () => 'asked i18n');
    const reason: VerdictReason = { source: 'caption', terms: ['corps'] };
    expect(describeReason(reason, t)).toBe(describeReason(reason, french));
    expect(t('cover_show_named', ['Exécution'])).toBe(french('cover_show_named', ['Exécution']));
    expect(t('category_short_dead_bodies')).toBe('Corps');
  });

  it('is written by the background and read by a page', async () => {
    await storeCoverWording(getMessageIn('ar'));
    const wording = (await loadCoverWording())();
    expect(wording.get('cover_show')).toBe(getMessageIn('ar')('cover_show'));
    expect(wording.size).toBe(coverMessageKeys().length);
    expect(wording.get('@@bidi_dir')).toBe('rtl');
  });

  it('asks i18n for what the stored wording lacks, and before it has arrived', () => {
    const fallback = vi.fn((key: string) => `i18n:${key}`);
    const arrived: { wording?: Map<string, string> } = {};
    const t = translateFromWording(() => arrived.wording, fallback);
    expect(t('cover_show')).toBe('i18n:cover_show');
    arrived.wording = new Map([['cover_show', 'Afficher l’image']]);
    expect(t('cover_show')).toBe('Afficher l’image');
    expect(t('cover_hide')).toBe('i18n:cover_hide');
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('drops what is not a sane string, and refuses what is not its shape', async () => {
    const read = readStoredCoverWording(
      JSON.stringify({
        format: 1,
        strings: { cover_show: 'Show', cover_hide: 42, cover_group: '', cover_heading: 'x'.repeat(5000), cover_hide_named: { text: 'Hide' } },
      }),
    );
    expect([...read!.entries()]).toEqual([['cover_show', 'Show']]);
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`key_${i}`, 'text']));
    expect(readStoredCoverWording(JSON.stringify({ format: 1, strings: many }))!.size).toBe(200);
    for (const bad of [null, 'text', '{"format":1', '[]', '{"format":2,"strings":{}}', '{"format":1}', '{"format":1,"strings":null}', { format: 1, strings: {} }]) {
      expect(readStoredCoverWording(bad)).toBeNull();
    }
    await fakeBrowser.storage.local.set({ [COVER_WORDING_STORAGE_KEY]: '{"format":1,"strings":"broken"}' });
    expect((await loadCoverWording())().size).toBe(0);
  });

  it('leaves a page with an empty wording when storage fails, so covers ask i18n', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('no storage'));
    expect((await loadCoverWording())().size).toBe(0);
    expect(translateFromWording(() => new Map(), englishTranslate)('cover_show')).toBe('Show image');
  });
});
