import { afterAll, beforeAll, describe } from 'vitest';
import { resolve } from 'node:path';
import type { ExtensionDriver } from './drivers/browser-driver';
import { browsersToTest, launchDriver } from './drivers/launch-driver';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import type { ScenarioContext } from './shared/scenario-context';
import { coveringScenarios } from './shared/covering-scenarios';
import { revealScenarios } from './shared/reveal-scenarios';
import { siteSwitchScenarios } from './shared/site-switch-scenarios';
import { readerScenarios } from './shared/reader-scenarios';

// The shared scenarios (tests/e2e/shared/), written once, run in real Chromium (MV3 build) and
// real Firefox ESR (Firefox build) with one browser launch each. Needs both builds:
// `npm run build && npm run build:firefox` (FOREWARN_OUT_DIR picks the output folder).

describe.each(browsersToTest())('%s', (name) => {
  let driver: ExtensionDriver;
  let server: FixtureServer;
  const ctx: ScenarioContext = { driver: () => driver, server: () => server };

  beforeAll(async () => {
    server = await startFixtureServer(resolve('.'));
    driver = await launchDriver(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  coveringScenarios(ctx);
  revealScenarios(ctx);
  siteSwitchScenarios(ctx);
  readerScenarios(ctx);
});
