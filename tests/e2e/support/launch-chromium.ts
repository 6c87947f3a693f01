import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(
  process.env.FOREWARN_OUT_DIR ?? '.output',
  'chrome-mv3',
);

/**
 * Whether Chromium can run in `lang`: on Linux it takes its UI language from LANGUAGE only when
 * that locale's .pak is installed (Debian: apt-get install chromium-l10n).
 */
export function hasChromiumLocale(lang: string): boolean {
  try {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    // Debian's /usr/bin/chromium is a wrapper script; the locales sit next to the binary.
    const dir = existsSync('/usr/lib/chromium/chromium') && !process.env.CHROMIUM_PATH ? '/usr/lib/chromium' : dirname(realpathSync(path));
    return existsSync(resolve(dir, 'locales', `${lang}.pak`));
  } catch {
    return false;
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(
  options: {
    extensionDir?: string;
    headless?: boolean;
    args?: string[];
    uiLanguage?: string;
    /** An X display (tests/e2e/support/virtual-display.ts) for a real window; implies headful. */
    display?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const ext = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'forewarn-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.display ? false : (options.headless ?? true),
    // Chromium on Linux takes its UI language (chrome.i18n) from LANGUAGE, not from --lang, and
    // only when that locale is installed (Debian: apt-get install chromium-l10n).
    env: {
      ...process.env,
      ...(options.uiLanguage ? { LANGUAGE: options.uiLanguage } : {}),
      ...(options.display ? { DISPLAY: options.display } : {}),
    } as Record<string, string>,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Extra switches for one test.
      ...(options.args ?? []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
