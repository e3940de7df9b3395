import type { ReplyEditor, ReplyQuote } from '../types';
import { REPLY_QUOTE_CODE, REPLY_QUOTE_HEADER_LINK, REPLY_QUOTE_PID } from './selectors';

/** What a Discuz reply form says about the post it quotes, read from the form around the editor. */
export function replyQuote(editor: ReplyEditor): ReplyQuote | null {
  const form = editor.el.closest('form');
  if (!form) return null;
  const code = form.querySelector<HTMLInputElement>(REPLY_QUOTE_CODE)?.value || null;
  const link = form.querySelector<HTMLAnchorElement>(REPLY_QUOTE_HEADER_LINK);
  const pid = form.querySelector<HTMLInputElement>(REPLY_QUOTE_PID)?.value || null;
  if (!code && !link) return null;
  return { code, headerText: link?.textContent ?? null, headerHref: link?.getAttribute('href') ?? null, pid };
}
