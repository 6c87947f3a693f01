import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './launch-chromium';

export interface ExtensionSession {
  /** Serves `root` (the project root unless given) on 127.0.0.1. */
  readonly server: FixtureServer;
  /** Chromium with the built extension, one per test file. */
  readonly browser: ExtensionBrowser;
}

/**
 * One fixture server and one Chromium with the extension for the test file that calls this
 * (at its top level), started before its tests and closed after them.
 */
export function useExtensionSession(root = '.'): ExtensionSession {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer(resolve(root));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started: call useExtensionSession() at the top level`);
    return value;
  };
  return {
    get server() {
      return started(server, 'The fixture server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
