import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { ExtensionDriver } from './drivers/browser-driver';
import { browsersToTest, launchDriver } from './drivers/launch-driver';
import { launchFirefoxDriver, type FirefoxDriver } from './drivers/firefox-driver';
import { BIDI_COMMANDS_IN_FIREFOX_140 } from './drivers/bidi-commands-in-firefox-140';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import type { ScenarioContext } from './shared/scenario-context';
import { settle } from './shared/page-checks';
import { coveringScenarios } from './shared/covering-scenarios';
import { revealScenarios } from './shared/reveal-scenarios';
import { siteSwitchScenarios } from './shared/site-switch-scenarios';
import { readerScenarios } from './shared/reader-scenarios';
import { rerenderScenarios } from './shared/rerender-scenarios';
import { hostilePageScenarios } from './shared/hostile-page-scenarios';
import { toolbarScenarios } from './shared/toolbar-scenarios';

// The shared scenarios (tests/e2e/shared/), written once, run in real Chromium (MV3 build) and
// real Firefox ESR (Firefox build) with one browser launch each. Needs both builds:
// `npm run build && npm run build:firefox` (FOREWARN_OUT_DIR picks the output folder).

/** Launches a browser for the enclosing describe block and hands it to the scenarios. */
function inBrowser(launch: () => Promise<ExtensionDriver>): ScenarioContext {
  let driver: ExtensionDriver;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(resolve('.'));
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  return { driver: () => driver, server: () => server };
}

describe.each(browsersToTest())('%s', (name) => {
  const ctx = inBrowser(() => launchDriver(name));
  coveringScenarios(ctx);
  revealScenarios(ctx);
  siteSwitchScenarios(ctx);
  readerScenarios(ctx);
  rerenderScenarios(ctx);
  hostilePageScenarios(ctx);
  toolbarScenarios(ctx);
  // Last, so every command the scenarios needed has been sent. The README names Firefox 140+.
  it.runIf(name === 'firefox')('drove Firefox only with WebDriver BiDi commands ESR 140 knows', () => {
    const sent = (ctx.driver() as FirefoxDriver).bidiCommandsSent();
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.filter((command) => !BIDI_COMMANDS_IN_FIREFOX_140.has(command))).toEqual([]);
  });
});

// Firefox ESR 140, the oldest Firefox the manifest accepts, has no CSS anchor positioning; the
// covers are then placed by measuring (components/cover/place-cover.ts). Same Firefox, feature off.
describe.runIf(browsersToTest().includes('firefox'))('firefox without CSS anchor positioning', () => {
  const ctx = inBrowser(() => launchFirefoxDriver({ prefs: { 'layout.css.anchor-positioning.enabled': false } }));
  it('places covers by measuring (pixel offsets, not anchor() functions)', async () => {
    const page = await ctx.driver().openPage(ctx.server().url('/tests/fixtures/cover-pages/keyboard.html'));
    try {
      await settle(page);
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('forewarn-cover')].map((host) => host.style.getPropertyValue('top')),
      );
      expect(tops.length).toBeGreaterThan(0);
      for (const top of tops) expect(top).toMatch(/^-?[\d.]+px$/);
    } finally {
      await page.close();
    }
  });
  coveringScenarios(ctx);
  // Keyboard input does not depend on where the cover sits; the mouse must find it.
  revealScenarios(ctx, { keyboard: false });
});
