import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { globalFromVersion2 } from './migrate-settings';
import { GlobalSettings, SETTINGS_VERSION, SiteEntry } from './settings-schema';
import { siteKey } from './site-key';

// The export/import file. Pure: the options page reads the file, this decides whether it is
// a Forewarn settings file that can be applied whole; anything else changes nothing.

export const EXPORT_FORMAT = 'forewarn-settings';
/** 5,000 sites take about 400 KB; anything far larger is not a file we wrote. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const SettingsFile = lazySchema(() =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(SETTINGS_VERSION),
    exportedAt: z.string(),
    global: GlobalSettings,
    sites: z.record(
      z.string().check(z.refine((key) => siteKey(key) === key, { message: 'not a site name' })),
      SiteEntry,
    ),
  }),
);
export type SettingsFile = z.infer<typeof SettingsFile>;

export type ImportProblem = 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'invalid';
/**
 * Where an invalid file is wrong, in terms a person knows (their defaults, one site's choices, a
 * site name), never the schema's own words: the options page says it in the interface's language.
 */
export type InvalidPart =
  | { part: 'defaults' }
  | { part: 'site'; site: string }
  | { part: 'site-name'; site: string }
  | { part: 'file' };
export type ImportResult =
  | { ok: true; file: SettingsFile }
  | { ok: false; problem: Exclude<ImportProblem, 'invalid'> }
  | { ok: false; problem: 'invalid'; where: InvalidPart };

export function buildSettingsFile(
  global: GlobalSettings,
  sites: Record<string, SiteEntry>,
  now: Date,
): SettingsFile {
  return { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), global, sites };
}

/** Reads an import file's text; `byteLength` is the file's size as the browser reports it. */
export function parseSettingsFile(text: string, byteLength: number): ImportResult {
  if (byteLength > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problem: 'foreign' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  // A file written by version 2 differs only in its global record (migrate-settings.ts).
  if (version === 2) {
    const old = json as { global?: unknown };
    json = { ...old, version: SETTINGS_VERSION, global: globalFromVersion2(old.global) };
  }
  const result = SettingsFile.safeParse(json);
  if (!result.success) return { ok: false, problem: 'invalid', where: invalidPart(result.error.issues[0]) };
  return { ok: true, file: result.data };
}

function invalidPart(issue: { code: string; path: PropertyKey[] } | undefined): InvalidPart {
  const [area, site] = issue?.path ?? [];
  if (area === 'global') return { part: 'defaults' };
  if (area === 'sites' && typeof site === 'string') {
    return issue?.code === 'invalid_key' ? { part: 'site-name', site } : { part: 'site', site };
  }
  return { part: 'file' };
}
