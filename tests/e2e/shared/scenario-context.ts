import type { ExtensionDriver } from '../drivers/browser-driver';
import type { FixtureServer } from '../support/fixture-server';

/**
 * What a shared scenario gets from the file that runs it: the browser (launched once per
 * browser in beforeAll, so read it inside hooks and tests, not at definition time) and a fixture
 * server rooted at the repository, so /demo/pages/… and /tests/fixtures/… both resolve.
 */
export interface ScenarioContext {
  driver(): ExtensionDriver;
  server(): FixtureServer;
}
