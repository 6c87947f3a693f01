import { browser } from 'wxt/browser';
import type { EffectiveSettings, SiteMode } from './effective-settings';
import { resolveEffectiveSettings } from './resolve-effective-settings';
import {
  DEFAULT_GLOBAL_SETTINGS,
  GLOBAL_KEY,
  GlobalSettings,
  KEPT_KEY_PREFIX,
  SiteEntry,
  storageKeyForSite,
} from './settings-schema';
import { siteKey, siteKeyChain } from './site-key';

// The one module that touches browser.storage for settings. storage.local is the source of
// truth (it holds thousands of sites); every value read is parsed, and a value that fails to
// parse is never overwritten before it has been moved aside under a `kept:` key.

const local = () => browser.storage.local;

/** Parses a stored global record, or says why it could not. Absent means defaults. */
function parseGlobal(raw: unknown): GlobalSettings | null {
  if (raw === undefined || raw === null) return DEFAULT_GLOBAL_SETTINGS;
  const result = GlobalSettings.safeParse(raw);
  return result.success ? result.data : null;
}

function parseSite(raw: unknown): SiteEntry | undefined {
  if (raw === undefined || raw === null) return undefined;
  const result = SiteEntry.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** The global settings in force; an unreadable record gives defaults but stays stored. */
export async function loadGlobalSettings(): Promise<GlobalSettings> {
  const stored = await local().get(GLOBAL_KEY);
  return parseGlobal(stored[GLOBAL_KEY]) ?? DEFAULT_GLOBAL_SETTINGS;
}

/** Storage keys that can change a page's settings: the global record and its site chain. */
function keysFor(hostname: string): { key: string | null; keys: string[] } {
  const key = siteKey(hostname);
  const siteKeys = key ? siteKeyChain(key).map(storageKeyForSite) : [];
  return { key, keys: [GLOBAL_KEY, ...siteKeys] };
}

/**
 * The settings for a page. `hostname` may be `location.hostname`, a host with port, or a whole
 * URL (a file: URL gives the local-files entry). Something that names no site gets defaults.
 */
export async function loadEffectiveSettings(hostname: string): Promise<EffectiveSettings> {
  const { keys } = keysFor(hostname);
  const stored = await local().get(keys);
  const global = parseGlobal(stored[GLOBAL_KEY]) ?? DEFAULT_GLOBAL_SETTINGS;
  const entries = keys.slice(1).map((k) => parseSite(stored[k]));
  return resolveEffectiveSettings(global, entries);
}

/**
 * Calls `onChange` with freshly read and parsed settings whenever a stored value that affects
 * this page changes. Returns the function that stops watching.
 */
export function watchEffectiveSettings(
  hostname: string,
  onChange: (settings: EffectiveSettings) => void,
): () => void {
  const { keys } = keysFor(hostname);
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (stopped || area !== 'local') return;
    if (!Object.keys(changes).some((k) => keys.includes(k))) return;
    void loadEffectiveSettings(hostname).then((settings) => {
      if (!stopped) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Moves an unreadable stored value aside (under `kept:<key>`) so writing cannot lose it. */
async function keepAsideIfUnreadable(
  key: string,
  raw: unknown,
  isReadable: (raw: unknown) => boolean,
): Promise<void> {
  if (raw === undefined || raw === null || isReadable(raw)) return;
  await local().set({ [`${KEPT_KEY_PREFIX}${key}`]: { key, value: raw, keptAt: Date.now() } });
}

/** Changes some of one site's choices; fields set to undefined fall back to the defaults. */
export async function updateSite(
  hostname: string,
  patch: Partial<Omit<SiteEntry, 'updatedAt'>>,
): Promise<void> {
  const key = siteKey(hostname);
  if (!key) throw new Error(`Not a site: ${hostname}`);
  const storageKey = storageKeyForSite(key);
  const raw = (await local().get(storageKey))[storageKey];
  await keepAsideIfUnreadable(storageKey, raw, (r) => SiteEntry.safeParse(r).success);
  const next = SiteEntry.parse({ ...(parseSite(raw) ?? {}), ...patch, updatedAt: Date.now() });
  await local().set({ [storageKey]: next });
}

/** Sets how Forewarn treats a site (and its subdomains without their own entry). */
export async function setSiteMode(hostname: string, mode: SiteMode): Promise<void> {
  await updateSite(hostname, { mode });
}
