// The offscreen document of the background watch (Chromium): reads fetched forum pages with the
// site adapters, which need a DOM, and answers the worker with plain data.
import { browser } from 'wxt/browser';
import { readBoardPage, readThreadPage } from '@/utils/watch/read-page';
import { PARSE_PAGE, type ParseRequest } from '@/utils/watch/parse-message';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
  const request = message as ParseRequest | null;
  // Only the worker sends this: it has no tab and no page address of its own.
  if (request?.type !== PARSE_PAGE || sender.id !== browser.runtime.id || sender.tab) return undefined;
  sendResponse((request.kind === 'board' ? readBoardPage : readThreadPage)(request.page, request.sites));
  return undefined;
});
