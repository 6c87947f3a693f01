import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SENSITIVITIES } from '../detection/detection-types';
import {
  BACKUP_KEY_PREFIX,
  GLOBAL_KEY,
  GlobalSettings,
  KEPT_KEY_PREFIX,
  SETTINGS_VERSION,
  SiteEntry,
  storageKeyForSite,
  storedVersionOf,
} from './settings-schema';
import { siteKey } from './site-key';

// Carries stored settings forward, one version at a time. Pure: takes a snapshot of the
// settings keys in storage.local (never other modules' keys, such as the lexicons) and says
// what to write and remove. Nothing is
// dropped: the old record is saved under `backup:`; anything that cannot be carried forward is
// reported and left where it is, to be shown on the options page.

/**
 * Version 1, the foundation layout: one record for everything, each site simply on or off.
 * It could not scale (one item for every site) and had no categories or reading preferences.
 */
export const SettingsV1 = lazySchema(() =>
  z.object({
    version: z.literal(1),
    sensitivity: z.enum(SENSITIVITIES),
    revealStyle: z.optional(z.enum(['full', 'greyscale', 'dimmed'])),
    sites: z.record(z.string(), z.enum(['on', 'off'])),
  }),
);

/**
 * Version 2: the global record without `siteListOnDeviceOnly`. Every other field is as in
 * version 3, so it is read with the current schema once its version says 3; a field that does
 * not parse stops the migration and is reported.
 */
const V2_TO_V3_NEW_FIELDS = { siteListOnDeviceOnly: false } as const;

export interface MigrationPlan {
  from: number | null;
  set: Record<string, unknown>;
  remove: string[];
  /** Human-readable notes on what could not be carried forward (kept in place). */
  problems: string[];
}

type Step = (snapshot: Record<string, unknown>, now: number) => Omit<MigrationPlan, 'from'>;

const STEPS: Record<number, Step> = {
  1: (snapshot, now) => {
    const parsed = SettingsV1.safeParse(snapshot[GLOBAL_KEY]);
    if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
    const old = parsed.data;
    const set: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [host, state] of Object.entries(old.sites)) {
      const key = siteKey(host);
      if (!key) {
        const reason = `"${host}" is not a site name, so its setting could not be carried forward.`;
        problems.push(reason);
        set[`${KEPT_KEY_PREFIX}v1-site:${host}`] = { key: host, value: state, keptAt: now, reason };
        continue;
      }
      set[storageKeyForSite(key)] = SiteEntry.parse({
        mode: state === 'off' ? 'off' : 'detect',
        updatedAt: now,
      });
    }
    // A version 2 record: the fields version 2 had, the rest of them at their defaults.
    const { siteListOnDeviceOnly: _new, ...v2 } = GlobalSettings.parse({
      version: SETTINGS_VERSION,
      sensitivity: old.sensitivity,
      revealStyle: old.revealStyle ?? 'full',
      updatedAt: now,
    });
    set[GLOBAL_KEY] = { ...v2, version: 2 };
    set[`${BACKUP_KEY_PREFIX}${GLOBAL_KEY}@1`] = snapshot[GLOBAL_KEY];
    return { set, remove: [], problems };
  },
  // 2 → 3: the site list may be kept on this device only; it was not, so the choice starts off.
  2: (snapshot) => {
    const raw = snapshot[GLOBAL_KEY] as Record<string, unknown>;
    const parsed = GlobalSettings.safeParse({ ...V2_TO_V3_NEW_FIELDS, ...raw, version: 3 });
    if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
    return {
      set: { [GLOBAL_KEY]: parsed.data, [`${BACKUP_KEY_PREFIX}${GLOBAL_KEY}@2`]: raw },
      remove: [],
      problems: [],
    };
  },
};

/** A version 2 global record as version 3 (for import files written by version 2). */
export function globalFromVersion2(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? { ...V2_TO_V3_NEW_FIELDS, ...raw, version: 3 } : raw;
}

/** Whether the stored global record is from an older version that a migration can carry. */
export function needsMigration(rawGlobal: unknown): boolean {
  const v = storedVersionOf(rawGlobal);
  return v !== null && v < SETTINGS_VERSION && STEPS[v] !== undefined;
}

/**
 * Plans the writes that bring a snapshot to SETTINGS_VERSION. A step whose input does not
 * parse stops the chain and changes nothing; the problem is reported instead.
 */
export function planMigration(snapshot: Record<string, unknown>, now: number): MigrationPlan {
  const from = storedVersionOf(snapshot[GLOBAL_KEY]);
  const plan: MigrationPlan = { from, set: {}, remove: [], problems: [] };
  if (from === null || from >= SETTINGS_VERSION) return plan;
  let current = { ...snapshot };
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = STEPS[v];
    if (!step) {
      return { from, set: {}, remove: [], problems: [`No migration from version ${v}.`] };
    }
    let result: Omit<MigrationPlan, 'from'>;
    try {
      result = step(current, now);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { from, set: {}, remove: [], problems: [`Version ${v} settings could not be read: ${detail}`] };
    }
    Object.assign(plan.set, result.set);
    plan.remove.push(...result.remove);
    plan.problems.push(...result.problems);
    current = { ...current, ...result.set };
    for (const key of result.remove) delete current[key];
  }
  return plan;
}
