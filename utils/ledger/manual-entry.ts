// Entries that do not come from a site adapter: captured from the context menu on any page, or typed
// in by hand on the dashboard. Both go through captureEntry, so they get deadlines, a capture event
// and a place in statistics and exports like any captured post.
import type { LedgerDb } from './db';
import type { LedgerEntry } from './types';
import { captureEntry, type CaptureContext, type CapturePayload } from './capture';
import { safeHttpUrl } from '../links/safe-http-url';
import { ledgerTime, parseShanghaiLocal } from '../time/shanghai';
import { LIMITS } from '../transfer/limits';
import { t } from '../i18n';

/** The 来源 (site) of an entry without an address. */
export const NO_ADDRESS_SITE = '手工登记';

/**
 * Adapter keys are `<host>/t<tid>/p<pid>`; these start with `manual:`, which no host can be
 * (a host made of digits alone is an IPv4 address), so no page's key check ever reaches them.
 */
const MANUAL_PREFIX = 'manual:';

async function sha256Hex(text: string, chars: number): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, chars);
}

/**
 * The ledger key of an address: the same address (as the browser writes it) is always the same
 * entry, so capturing it again updates it. Without an address every entry is a new one.
 */
export async function manualKey(url: string | null): Promise<string> {
  if (url === null) return `${MANUAL_PREFIX}${NO_ADDRESS_SITE}/${crypto.randomUUID()}`;
  const href = new URL(url).href;
  return `${MANUAL_PREFIX}${new URL(href).host}/${await sha256Hex(href, 24)}`;
}

export interface ManualInput {
  /** May be empty (a link without text): the entry keeps its title, or is called by its address. */
  title: string;
  /** An http(s) address, or null. */
  url: string | null;
  author: string;
  postedAt: string | null;
  excerpt: string;
  topics: string[];
}

/**
 * What captureEntry stores. tid and pid stay empty: a page's requests always name a non-empty
 * thread, so thread lookups and staff-reply detection never pick these entries up. Capturing an
 * address again with less to say (no selection, no matching topic) keeps what the entry held.
 */
function manualPayload(key: string, input: ManualInput, known: LedgerEntry | undefined): CapturePayload {
  const url = input.url ? new URL(input.url).href : '';
  return {
    key,
    site: input.url ? new URL(input.url).host : NO_ADDRESS_SITE,
    tid: '',
    pid: '',
    title: input.title || known?.title || url,
    url,
    author: input.author || known?.author || '',
    authorUid: null,
    postedAt: input.postedAt ?? known?.postedAt ?? null,
    excerpt: input.excerpt || known?.excerpt || '',
    topics: input.topics.length ? input.topics : (known?.topics ?? []),
  };
}

/** Writes the entry; a new one goes to `department` when given (null: none), else to its first topic's. */
export async function saveManualEntry(db: LedgerDb, input: ManualInput, ctx: CaptureContext, department?: string | null): Promise<LedgerEntry> {
  const key = await manualKey(input.url);
  const withDepartment = department === undefined ? ctx : { ...ctx, departmentFor: () => department };
  return captureEntry(db, manualPayload(key, input, await db.entries.get(key)), withDepartment);
}

/** What the hand-typed form holds, as typed. */
export interface ManualForm {
  title: string;
  url: string;
  author: string;
  /** `2026-03-01T09:30` (datetime-local, Shanghai time) or empty. */
  postedAt: string;
  excerpt: string;
  topics: string[];
}

export type ManualCheck = { ok: true; input: ManualInput } | { ok: false; problems: Partial<Record<keyof ManualForm, string>> };

/** Checks the form, with a message per field the user can act on. */
export function checkManualForm(form: ManualForm): ManualCheck {
  const problems: Partial<Record<keyof ManualForm, string>> = {};
  const title = form.title.trim();
  if (!title) problems.title = t('manualTitleMissing');
  else if (title.length > LIMITS.title) problems.title = t('manualTitleTooLong', LIMITS.title);
  const address = form.url.trim();
  const url = address ? safeHttpUrl(address) : null;
  if (address && !url) problems.url = t('manualUrlScheme');
  else if (url && url.length > LIMITS.url) problems.url = t('manualUrlTooLong', LIMITS.url);
  let postedAt: string | null = null;
  if (form.postedAt.trim()) {
    const parsed = parseShanghaiLocal(form.postedAt);
    postedAt = parsed && ledgerTime(parsed);
    if (!postedAt) problems.postedAt = t('manualPostedAtInvalid');
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, input: { title, url, author: form.author.trim(), postedAt, excerpt: form.excerpt.trim(), topics: form.topics } };
}
