// What the end-to-end suite needs from the machine, as data, and the one apt-get line that
// supplies whatever is missing. Pure: check-prerequisites.ts gathers the facts.

/** What was found on the machine (paths already resolved from CHROMIUM_PATH etc.). */
export interface MachineFacts {
  /** Chromium's executable exists. */
  chromium: boolean;
  /** Chromium's UI translations (Debian's chromium-l10n); null when a custom Chromium is used. */
  chromiumArabic: boolean | null;
  /** Firefox's major version, or null when its executable is missing; undefined when not tested. */
  firefoxMajor?: number | null;
  xvfb: boolean;
  xdotool: boolean;
}

export interface MissingPrerequisite {
  /** Debian package that supplies it. */
  pkg: string;
  /** Which tests need it, in a few words. */
  why: string;
}

export function findMissingPrerequisites(facts: MachineFacts, firefoxMinMajor: number): MissingPrerequisite[] {
  const missing: MissingPrerequisite[] = [];
  if (!facts.chromium) missing.push({ pkg: 'chromium', why: 'every end-to-end test runs the extension in Chromium' });
  if (facts.chromiumArabic === false) {
    missing.push({ pkg: 'chromium-l10n', why: 'the Arabic, French and Spanish interface tests need Chromium in those languages' });
  }
  if (facts.firefoxMajor === null) {
    missing.push({ pkg: 'firefox-esr', why: 'the shared scenarios run in Firefox ESR too' });
  } else if (facts.firefoxMajor !== undefined && facts.firefoxMajor < firefoxMinMajor) {
    missing.push({
      pkg: 'firefox-esr',
      why: `Firefox ${facts.firefoxMajor} is older than ${firefoxMinMajor}, the oldest Forewarn supports`,
    });
  }
  if (!facts.xvfb) missing.push({ pkg: 'xvfb', why: 'the keyboard-shortcut test presses a real key in a virtual display' });
  if (!facts.xdotool) missing.push({ pkg: 'xdotool', why: 'the keyboard-shortcut test presses a real key with xdotool' });
  return missing;
}

/** The one command that installs (or upgrades) every missing package. */
export function aptLineFor(missing: MissingPrerequisite[]): string {
  const packages = [...new Set(missing.map((m) => m.pkg))];
  return `apt-get update && apt-get install -y ${packages.join(' ')}`;
}
