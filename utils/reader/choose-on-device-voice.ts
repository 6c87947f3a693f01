// Read-aloud uses only voices that run on this device: a remote voice would send the article's
// text to a speech service, and nothing may leave the machine.

export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** The best on-device voice for `lang` (exact region first, then the language), or null. */
export function chooseOnDeviceVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const local = voices.filter((v) => v.localService);
  const wanted = lang.toLowerCase().replace('_', '-');
  const primary = wanted.split('-')[0] ?? '';
  const sameLang = (v: V) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === primary;
  const exact = local.filter((v) => v.lang.toLowerCase().replace('_', '-') === wanted);
  const pool = exact.length > 0 ? exact : local.filter(sameLang);
  if (!primary) return local.find((v) => v.default) ?? local[0] ?? null;
  return pool.find((v) => v.default) ?? pool[0] ?? null;
}
