import { useMemo, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/types';
import type { LedgerEntry } from '@/utils/ledger/types';
import { ledgerDb } from '@/utils/ledger/db';
import { groupHotTopics, type HotTopic } from '@/utils/hot/group';
import { HOT_LOOKBACK_DAYS, recentOpenEntries } from '@/utils/hot/recent-entries';
import { hotThreadTemplate } from '@/utils/hot/thread-template';
import { markAllReplied, type TeamRoles } from '@/utils/hot/reply-all';
import { buildContext, fillTemplate } from '@/utils/templates/variables';
import { withActorName } from '@/utils/settings/identity';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { describeStorageError } from '@/utils/ledger/storage-errors';
import { statusLabel } from '@/utils/i18n/status';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { useSyncStatus } from '@/components/use-sync-status';
import './hot-topics.css';

const shortTime = (iso: string) => iso.slice(5, 16).replace('T', ' ');

interface CardProps {
  hot: HotTopic<LedgerEntry>;
  settings: Settings;
  roles: TeamRoles;
}

/** One 热点: its entries, the 专帖 template to copy, and 已在专帖回复 with the 专帖's address. */
function HotTopicCard({ hot, settings, roles }: CardProps) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const topicName = settings.topics.find((tp) => tp.id === hot.topic)?.name ?? hot.topic;
  const template = hotThreadTemplate(hot, topicName);
  const context = buildContext({}, { now: new Date(), user: settings.user, staff: settings.staff });
  const body = fillTemplate(template.body, context).text;

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${template.title}\n\n${body}`);
      setMessage({ ok: true, text: t('hotCopied') });
    } catch {
      setMessage({ ok: false, text: t('hotCopyFailed') });
    }
  }

  async function replyAll(ev: Event) {
    ev.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const keys = hot.entries.map((e) => e.key);
      const outcome = await markAllReplied(ledgerDb(), keys, url, roles, { now: new Date(), settings: withActorName(settings) });
      await refreshBadge().catch(() => undefined);
      const skipped = outcome.skipped.map((s) => t('hotSkipped', hot.entries.find((e) => e.key === s.key)?.title ?? s.key, s.reason));
      setMessage({ ok: outcome.replied.length > 0, text: [t('hotReplied', outcome.replied.length), ...skipped].join('；') });
    } catch (err) {
      setMessage({ ok: false, text: describeStorageError(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="fw-hot-item" data-fw-hot={`${hot.topic}|${hot.place}`}>
      <h3>{t('hotSummary', topicName, hot.place, hot.entries.length, shortTime(hot.firstAt), shortTime(hot.lastAt))}</h3>
      <ul>
        {hot.entries.map((entry) => {
          const href = safeHttpUrl(entry.url);
          return (
            <li key={entry.key} data-fw-hot-entry={entry.key} data-fw-status={entry.status}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {entry.title}
                </a>
              ) : (
                entry.title
              )}{' '}
              <span class={`fw-chip fw-status-${entry.status}`}>{statusLabel(entry.status)}</span>
            </li>
          );
        })}
      </ul>
      <details class="fw-hot-thread">
        <summary>{t('hotTemplate')}</summary>
        <label class="fw-field">
          <span>{t('hotThreadTitle')}</span>
          <input readOnly value={template.title} data-fw-hot-thread-title />
        </label>
        <label class="fw-field">
          <span>{t('hotThreadBody')}</span>
          <textarea readOnly rows={16} value={body} data-fw-hot-thread-body />
        </label>
        <button type="button" data-fw-action="hot-copy-thread" onClick={() => void copy()}>
          {t('hotCopy')}
        </button>
      </details>
      <form class="fw-hot-reply" onSubmit={replyAll}>
        <label class="fw-field">
          <span>{t('hotReplyUrl')}</span>
          <input name="thread-url" value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" data-fw-action="hot-reply-all" disabled={busy || !url.trim()}>
          {t('hotReplyAll')}
        </button>
      </form>
      {message && (
        <p class={message.ok ? 'fw-ok' : 'fw-error'} role="status">
          {message.text}
        </p>
      )}
    </article>
  );
}

/** 热点 among the ledger's recent open entries, each with its 专帖 template; nothing while there is none. */
export function HotTopics({ settings }: { settings: Settings }) {
  const { value: entries } = useLiveQuery(() => recentOpenEntries(ledgerDb(), new Date()), []);
  const rules = settings.warning.hot;
  const groups = useMemo(() => (entries ? groupHotTopics(entries, rules) : []), [entries, rules.minEntries, rules.days]);
  const roles = useSyncStatus()?.server?.roles ?? null;
  if (groups.length === 0) return null;
  return (
    <section class="fw-hot" data-fw-hot-list aria-label={t('hotTitle')}>
      <h2>{t('hotTitle')}</h2>
      <p class="fw-note">{t('hotHelp', HOT_LOOKBACK_DAYS, rules.days, rules.minEntries)}</p>
      {groups.map((hot) => (
        <HotTopicCard key={`${hot.topic}|${hot.placeKey}|${hot.firstAt}`} hot={hot} settings={settings} roles={roles} />
      ))}
    </section>
  );
}
