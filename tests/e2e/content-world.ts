import type { CDPSession, Page } from 'playwright-core';
import type { CapturePayload } from '../../utils/ledger/capture';

/** What the background answered to one capture, as the content script receives it. */
export type CaptureReply = { status: string } | { error: string };

/**
 * Runs code in the content script's isolated world of a page's main frame,
 * where `chrome.runtime` is the content script's own: the background sees the
 * message as coming from that tab.
 */
export interface ContentWorld {
  /** Sends `capture` for every post, `chunk` at a time; one reply per post, in order. */
  capture(posts: CapturePayload[], chunk?: number): Promise<CaptureReply[]>;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export async function contentWorld(page: Page): Promise<ContentWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const mainFrame = frameTree.frame.id;
  let contextId: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && aux.frameId === mainFrame && context.origin.startsWith('chrome-extension://')) contextId = context.id;
  });
  // Enabling reports every existing context at once.
  await cdp.send('Runtime.enable');
  if (contextId === undefined) throw new Error('No content script world in this page: is the extension enabled for it?');
  const id = contextId;

  async function evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: id, expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  }

  return {
    evaluate,
    async capture(posts, chunk = 500) {
      const replies: CaptureReply[] = [];
      for (let i = 0; i < posts.length; i += chunk) {
        const batch = JSON.stringify(posts.slice(i, i + chunk));
        // A reply the background never sent (worker stopped) comes back as an error, like the content script sees it.
        const sent = `Promise.all(${batch}.map((post) => chrome.runtime.sendMessage({ type: 'capture', post }).then((r) => r ?? { error: 'no reply' }, (e) => ({ error: String(e && e.message || e) }))))`;
        replies.push(...(await evaluate<CaptureReply[]>(sent)));
      }
      return replies;
    },
    close: () => cdp.detach(),
  };
}
