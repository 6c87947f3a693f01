import type { BrowserName, ExtensionDriver } from './browser-driver';
import { launchChromiumDriver } from './chromium-driver';
import { launchFirefoxDriver } from './firefox-driver';

/** Real browser `name` with its Forewarn build installed, in a fresh profile. */
export function launchDriver(name: BrowserName): Promise<ExtensionDriver> {
  return name === 'firefox' ? launchFirefoxDriver() : launchChromiumDriver();
}

/**
 * The browsers the shared scenarios run in: both by default; FOREWARN_BROWSERS=firefox (or
 * chromium) narrows a local run.
 */
export function browsersToTest(): BrowserName[] {
  const wanted = (process.env.FOREWARN_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  return (['chromium', 'firefox'] as const).filter((name) => wanted.includes(name));
}
