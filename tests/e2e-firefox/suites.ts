import { afterAll, beforeAll } from 'vitest';
import { launchFirefoxWithExtension, type ExtensionFirefox } from './firefox';
import { serveFolder, type StaticServer } from '../e2e/static-server';
import { SHARED_FIXTURES } from '../e2e/fixtures';

/** For a describe block: the saved real Discuz! X pages on 127.0.0.1 and Firefox with the built extension. */
export function useFixturePagesInFirefox(): { server: StaticServer; firefox: ExtensionFirefox } {
  const env = {} as { server: StaticServer; firefox: ExtensionFirefox };
  beforeAll(async () => {
    env.server = await serveFolder(SHARED_FIXTURES);
    env.firefox = await launchFirefoxWithExtension(() => [env.server.port]);
  });
  afterAll(async () => {
    await env.firefox?.close();
    await env.server?.close();
  });
  return env;
}
