import { browser } from 'wxt/browser';
import { coverMessageKeys, fillWording, type Translate } from './cover-wording';
import { lazy } from './lazy-regexp';

// The cover's wording in the browser's language, kept in storage.local by the background. A
// page's first `i18n.getMessage` makes its renderer fetch the extension's whole message bundle
// from the browser process, synchronously: 5–47 ms of a blocked main thread (median 8 ms, a
// throw-away build timing it at the top of the content script, 24 loads), paid by every page
// and cross-site frame that draws a cover. Read from storage with a page's first lexicons, the
// same strings cost an asynchronous read of one ~3 KB string, parsed only by a page that draws a
// cover. The language of extension messages changes only with a browser restart, when the
// background writes them again.

export const COVER_WORDING_STORAGE_KEY = 'cover-wording:v1';

/** Longest message kept: every cover message is a short phrase or sentence. */
const MAX_MESSAGE_LENGTH = 400;
/** Most messages kept (the covers ask for about forty). */
const MAX_MESSAGES = 200;

/** Numbered places kept as "$1", "$2" in the stored templates (fillWording fills them). */
const PLACES = ['$1', '$2', '$3'];

export interface StoredCoverWording {
  format: 1;
  strings: Record<string, string>;
}

/** Background: every cover message from `getMessage`, its places left as "$1", "$2". */
export function coverWordingFrom(getMessage: (key: string, substitutions: string[]) => string): StoredCoverWording {
  const strings: Record<string, string> = {};
  for (const key of coverMessageKeys()) {
    const text = getMessage(key, PLACES);
    if (text) strings[key] = text;
  }
  return { format: 1, strings };
}

/**
 * Background, on install, update and browser start-up. Kept as JSON text: a page hands one
 * string over and parses it only when it draws a cover. Rejects when storage fails (pages then
 * ask i18n).
 */
export async function storeCoverWording(getMessage: (key: string, substitutions: string[]) => string): Promise<void> {
  await browser.storage.local.set({ [COVER_WORDING_STORAGE_KEY]: JSON.stringify(coverWordingFrom(getMessage)) });
}

/**
 * The stored wording's strings with text of a sane length (a key the covers never ask is kept
 * and never read); null when the value is not one. Only the extension writes storage.local, so
 * this guards against a broken profile or an older shape, not against a page.
 */
export function readStoredCoverWording(text: unknown): Map<string, string> | null {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : null;
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { format, strings } = value as Record<string, unknown>;
  if (format !== 1 || typeof strings !== 'object' || strings === null) return null;
  const out = new Map<string, string>();
  for (const [key, text] of Object.entries(strings)) {
    if (out.size === MAX_MESSAGES) break;
    if (typeof text === 'string' && text.length > 0 && text.length <= MAX_MESSAGE_LENGTH) out.set(key, text);
  }
  return out;
}

/**
 * Content script: the stored wording, read now and parsed when a cover first asks for a string
 * (most pages draw none); empty when none is stored or it is unreadable. Never rejects.
 */
export async function loadCoverWording(): Promise<() => ReadonlyMap<string, string>> {
  let text: unknown;
  try {
    text = (await browser.storage.local.get(COVER_WORDING_STORAGE_KEY))[COVER_WORDING_STORAGE_KEY];
  } catch {
    // An invalidated context or a broken profile: i18n still answers.
  }
  return lazy(() => readStoredCoverWording(text) ?? new Map<string, string>());
}

/**
 * A Translate that answers from `wording` where it holds the key and asks `fallback` (i18n)
 * otherwise: before the wording has arrived, or for a key written after it was stored.
 */
export function translateFromWording(wording: () => ReadonlyMap<string, string> | undefined, fallback: Translate): Translate {
  return (key, substitutions) => {
    const template = wording()?.get(key);
    return template === undefined ? fallback(key, substitutions) : fillWording(template, substitutions);
  };
}
