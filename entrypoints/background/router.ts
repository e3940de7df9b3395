import { browser } from 'wxt/browser';
import type { Message, MessageMap, MessageType } from '@/utils/messages';
import { ledgerDb } from '@/utils/ledger/db';
import { captureEntry } from '@/utils/ledger/capture';
import { statesOf } from '@/utils/ledger/queries';
import { loadSettings } from '@/utils/settings/store';
import { captureContext } from './deadlines';
import { applyThreadSeen } from './thread-seen';
import { refreshBadge } from './badge';
import { recordVisit } from './patrol';

type Handlers = { [K in MessageType]: (msg: Extract<Message, { type: K }>) => Promise<MessageMap[K]['response']> };

const handlers: Handlers = {
  async capture({ post }) {
    const settings = await loadSettings();
    const entry = await captureEntry(ledgerDb(), post, captureContext(settings, new Date()));
    await refreshBadge();
    return { entry };
  },
  async states({ keys }) {
    return { states: await statesOf(ledgerDb(), keys) };
  },
  async threadSeen({ site, tid, posts }) {
    await applyThreadSeen(site, tid, posts);
    return { states: await statesOf(ledgerDb(), posts.map((p) => p.key)) };
  },
  async siteVisited({ site }) {
    await recordVisit(site);
    return { ok: true };
  },
  async refreshBadge() {
    await refreshBadge();
    return { ok: true };
  },
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as Message).type in handlers;
}

export function listenForMessages(): void {
  // sendResponse + `return true` keeps the channel open in every browser (and in the test fake).
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    if (!isMessage(message)) return undefined;
    const handle = handlers[message.type] as (m: Message) => Promise<unknown>;
    handle(message)
      .catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }))
      .then(sendResponse);
    return true;
  });
}
