import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serveFolder, type StaticServer } from './static-server';
import { DISCUZ_FIXTURES } from '../support/fixtures';
import { startDemoForum } from '../../tools/demo-forum/server.mjs';

type DemoForum = Awaited<ReturnType<typeof startDemoForum>>;

/** For a describe block: the local demo forum and Chromium with the built extension (the development build unless told), started once. */
export function useDemoForum(extensionDir?: string): { forum: DemoForum; browser: ExtensionBrowser } {
  const env = {} as { forum: DemoForum; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.forum = await startDemoForum();
    const port = Number(new URL(env.forum.url).port);
    env.browser = await launchWithExtension(() => [port], undefined, extensionDir);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.forum?.close();
  });
  return env;
}

/** For a describe block: the saved real Discuz! X pages on 127.0.0.1 and Chromium with the built extension. */
export function useFixturePages(): { server: StaticServer; browser: ExtensionBrowser } {
  const env = {} as { server: StaticServer; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.server = await serveFolder(DISCUZ_FIXTURES);
    env.browser = await launchWithExtension(() => [env.server.port]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
