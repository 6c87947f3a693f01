import { CATEGORIES, SENSITIVITIES, type Category } from '../detection/detection-types';
import type { ReaderPreferences } from './reader-preferences';
import { DEFAULT_READER_PREFERENCES, READER_FONTS, READER_THEMES, REVEAL_STYLE_CHOICES, SITE_MODES } from './settings-values';
import { SETTINGS_VERSION } from './settings-keys';
import type { GlobalSettings, SiteEntry } from './settings-schema';

// Reads a stored global record or site entry exactly as the schemas of settings-schema.ts do
// (a unit test runs both on valid, invalid and odd values and holds the results equal), by
// hand: the content script reads these in every frame of every page, and the schema library
// was a fifth of its code. A record with any field out of shape is refused whole, as the schema
// refuses it; an absent field takes its default.

const REFUSED = Symbol('refused');
type Read<T> = T | typeof REFUSED;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown): Read<T> {
  return (values as readonly unknown[]).includes(value) ? (value as T) : REFUSED;
}

function wholeNumber(value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): Read<number> {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : REFUSED;
}

function finiteNumber(value: unknown, min: number, max: number): Read<number> {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : REFUSED;
}

function flag(value: unknown): Read<boolean> {
  return typeof value === 'boolean' ? value : REFUSED;
}

/** The stored value, its default when absent, or REFUSED. */
function field<T>(value: unknown, fallback: T, read: (value: unknown) => Read<T>): Read<T> {
  return value === undefined ? fallback : read(value);
}

function categories(value: unknown): Read<Category[]> {
  if (!Array.isArray(value)) return REFUSED;
  const out: Category[] = [];
  for (const item of value) {
    const category = oneOf(CATEGORIES, item);
    if (category === REFUSED) return REFUSED;
    out.push(category);
  }
  return out;
}

function readerPreferences(value: unknown): Read<ReaderPreferences> {
  if (!isRecord(value)) return REFUSED;
  const d = DEFAULT_READER_PREFERENCES;
  const read = {
    theme: field(value.theme, d.theme, (v) => oneOf(READER_THEMES, v)),
    font: field(value.font, d.font, (v) => oneOf(READER_FONTS, v)),
    fontSize: field(value.fontSize, d.fontSize, (v) => wholeNumber(v, 12, 40)),
    lineHeight: field(value.lineHeight, d.lineHeight, (v) => finiteNumber(v, 1, 2.6)),
    contentWidth: field(value.contentWidth, d.contentWidth, (v) => wholeNumber(v, 30, 120)),
    foldGraphicPassages: field(value.foldGraphicPassages, d.foldGraphicPassages, flag),
  };
  return Object.values(read).includes(REFUSED) ? REFUSED : (read as ReaderPreferences);
}

/** A stored global record as GlobalSettings.safeParse reads it; null when it refuses it. */
export function readGlobalRecord(raw: unknown): GlobalSettings | null {
  if (!isRecord(raw) || raw.version !== SETTINGS_VERSION) return null;
  const read = {
    version: SETTINGS_VERSION,
    sensitivity: field(raw.sensitivity, 'balanced' as const, (v) => oneOf(SENSITIVITIES, v)),
    categories: field(raw.categories, [...CATEGORIES], categories),
    revealStyle: field(raw.revealStyle, 'full' as const, (v) => oneOf(REVEAL_STYLE_CHOICES, v)),
    reader: field(raw.reader, DEFAULT_READER_PREFERENCES, readerPreferences),
    siteListOnDeviceOnly: field(raw.siteListOnDeviceOnly, false, flag),
    updatedAt: field(raw.updatedAt, 0, (v) => wholeNumber(v, 0)),
  };
  return Object.values(read).includes(REFUSED) ? null : (read as GlobalSettings);
}

/** A stored site entry as SiteEntry.safeParse reads it; undefined when it refuses it. */
export function readSiteRecord(raw: unknown): SiteEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const read: Record<string, unknown> = { updatedAt: field(raw.updatedAt, 0, (v) => wholeNumber(v, 0)) };
  if (raw.mode !== undefined) read.mode = oneOf(SITE_MODES, raw.mode);
  if (raw.sensitivity !== undefined) read.sensitivity = oneOf(SENSITIVITIES, raw.sensitivity);
  if (raw.autoOpenReader !== undefined) read.autoOpenReader = flag(raw.autoOpenReader);
  return Object.values(read).includes(REFUSED) ? undefined : (read as SiteEntry);
}
