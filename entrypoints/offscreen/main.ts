// The extension's offscreen document (Chromium; an MV3 worker has neither a DOM nor import()): reads
// pages fetched by the background watch with the site adapters, which need a DOM, and compiles the
// settings' rules with their Traditional variants, loading OpenCC only for that. It answers the worker with plain data.
import { browser } from 'wxt/browser';
import { readBoardPage, readThreadPage } from '@/utils/watch/read-page';
import { PARSE_PAGE, type ParseRequest } from '@/utils/watch/parse-message';
import { COMPILE_RULES, type CompileReply, type CompileRequest } from '@/utils/matching/compile-message';
import { errorText } from '@/utils/error-text';

function compile(request: CompileRequest): Promise<CompileReply> {
  return import('@/utils/matching/settings-rules')
    .then(({ compileSettingsRules }): CompileReply => compileSettingsRules(request.source))
    .catch((err: unknown) => ({ error: errorText(err) }));
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
  const request = message as ParseRequest | CompileRequest | null;
  // Only the worker sends these: it has no tab and no page address of its own.
  if (sender.id !== browser.runtime.id || sender.tab) return undefined;
  if (request?.type === PARSE_PAGE) {
    sendResponse((request.kind === 'board' ? readBoardPage : readThreadPage)(request.page, request.sites));
    return undefined;
  }
  if (request?.type !== COMPILE_RULES) return undefined;
  void compile(request).then(sendResponse);
  return true;
});
