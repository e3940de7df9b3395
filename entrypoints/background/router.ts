import { browser } from 'wxt/browser';
import type { Message, MessageMap, MessageType } from '@/utils/messages';
import { ledgerDb } from '@/utils/ledger/db';
import { captureEntry } from '@/utils/ledger/capture';
import { statesOf, threadEntries } from '@/utils/ledger/queries';
import { loadSettings } from '@/utils/settings/store';
import { captureContext } from './deadlines';
import { applyThreadSeen } from './thread-seen';
import { refreshBadge } from './badge';
import { recordVisit } from './patrol';
import { pickThreadEntry } from '@/utils/templates/thread-entry';
import { applyDraftAction } from '@/utils/templates/draft-actions';
import { policyForTopics } from '@/utils/deadline/sla';

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
    // Every ledger entry of the thread: a reply on this page can change posts seen earlier.
    const entries = await threadEntries(ledgerDb(), site, tid);
    return { states: Object.fromEntries(entries.map((e) => [e.key, e.status])) };
  },
  async siteVisited({ site }) {
    await recordVisit(site);
    return { ok: true };
  },
  async refreshBadge() {
    await refreshBadge();
    return { ok: true };
  },
  async threadEntry({ site, tid, quotedPid, pageTopics }) {
    const entry = pickThreadEntry(await threadEntries(ledgerDb(), site, tid), quotedPid);
    const { sla } = await loadSettings();
    return { entry, requireApproval: policyForTopics(sla, entry?.topics.length ? entry.topics : pageTopics).requireApproval };
  },
  async draft(action) {
    const settings = await loadSettings();
    const result = await applyDraftAction(ledgerDb(), action, { now: new Date(), actor: settings.user.name || '本机用户' });
    await refreshBadge();
    return result;
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
