import { afterAll, beforeAll, describe } from 'vitest';
import { resolve } from 'node:path';
import type { ExtensionDriver } from './drivers/browser-driver';
import { browsersToTest, launchDriver } from './drivers/launch-driver';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import type { ScenarioContext } from './shared/scenario-context';
import { hostileReaderScenarios } from './shared/hostile-reader-scenarios';

// Issue 16's reader attacks (forged verdicts, third-party cookies, auto-open spam) in real
// Chromium (MV3 build) and real Firefox ESR (MV2 build). Needs both builds.

describe.each(browsersToTest())('%s', (name) => {
  let driver: ExtensionDriver;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(resolve('.'));
    driver = await launchDriver(name);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  const ctx: ScenarioContext = { driver: () => driver, server: () => server };
  hostileReaderScenarios(ctx);
});
