import { CATEGORIES } from '../detection/detection-types';
import type { EffectiveSettings } from './effective-settings';
import type { GlobalSettings, SiteEntry } from './settings-schema';

/**
 * Merges the global defaults with a page's site entries, given most specific first
 * (news.example.com before example.com). Each field comes from the most specific entry that
 * sets it, so "example.com: cover every image" and "news.example.com: strict" combine.
 */
export function resolveEffectiveSettings(
  global: GlobalSettings,
  entries: readonly (SiteEntry | undefined)[],
): EffectiveSettings {
  const pick = <K extends 'mode' | 'sensitivity' | 'autoOpenReader'>(field: K) =>
    entries.find((entry) => entry?.[field] !== undefined)?.[field];
  return {
    mode: pick('mode') ?? 'detect',
    sensitivity: pick('sensitivity') ?? global.sensitivity,
    // Canonical order, no duplicates, whatever order the stored list is in.
    categories: CATEGORIES.filter((c) => global.categories.includes(c)),
    revealStyle: global.revealStyle,
    autoOpenReader: pick('autoOpenReader') ?? false,
  };
}

/** Which site key each per-site field came from (for "following example.com" in the popup). */
export function siteSettingSources(
  chain: readonly string[],
  entries: readonly (SiteEntry | undefined)[],
): Partial<Record<'mode' | 'sensitivity' | 'autoOpenReader', string>> {
  const sources: Partial<Record<'mode' | 'sensitivity' | 'autoOpenReader', string>> = {};
  for (const field of ['mode', 'sensitivity', 'autoOpenReader'] as const) {
    const index = entries.findIndex((entry) => entry?.[field] !== undefined);
    if (index !== -1) sources[field] = chain[index];
  }
  return sources;
}
