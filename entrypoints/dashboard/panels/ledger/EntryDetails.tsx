import { useEffect, useRef } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import { AWAITING_REPLY, type LedgerEntry, type LedgerEvent } from '@/utils/ledger/types';
import { causalOrder } from '@/utils/ledger/event-order';
import type { Settings } from '@/utils/settings/types';
import { statusLabel } from '@/utils/i18n/status';
import { levelLabel } from '@/utils/i18n/level';
import { entryLevel } from '@/utils/ledger/entry-level';
import { t } from '@/utils/i18n';
import { formatShanghai } from '@/utils/time/shanghai';
import { useLiveQuery } from '@/components/use-live-query';
import { useNow } from '@/components/use-now';
import { Countdown } from '@/components/Countdown';
import { EntryActions } from '@/components/EntryActions';
import { EntryWorkflow } from '@/components/EntryWorkflow';
import { DraftBox } from '@/components/DraftBox';
import { EVENT_LABELS } from './event-names';
import { openPost } from '@/components/open-tab';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { siteName } from '@/utils/sites/site-name';
import { ReceptionField } from './ReceptionField';

/** How much of the details must already show below the table for the page to stay where it is. */
const SHOWN_PX = 160;

interface Props {
  entryKey: string;
  settings: Settings;
  onClose(): void;
}

function Field({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function EventRow({ event }: { event: LedgerEvent }) {
  return (
    <tr data-fw-event={event.type}>
      <td>{formatShanghai(event.at)}</td>
      <td>{event.actor}</td>
      <td>{t(EVENT_LABELS[event.type])}</td>
      <td>{event.from && event.to ? `${statusLabel(event.from)} → ${statusLabel(event.to)}` : ''}</td>
      <td class="fw-wrap">{event.note ?? ''}</td>
    </tr>
  );
}

function Body({ entry, events, settings }: { entry: LedgerEntry; events: LedgerEvent[]; settings: Settings }) {
  const now = useNow();
  const topic = (id: string) => settings.topics.find((x) => x.id === id)?.name ?? id;
  return (
    <>
      <div class="fw-details-main">
        <h2>
          <a href={safeHttpUrl(entry.url) ?? undefined} onClick={(ev) => (ev.preventDefault(), openPost(entry.url))}>{entry.title}</a>
        </h2>
        <dl class="fw-details-fields">
          <Field label={t('colStatus')}>
            {statusLabel(entry.status)} {AWAITING_REPLY.includes(entry.status) && <Countdown dueAt={entry.dueAt} now={now} />}
          </Field>
          <Field label={t('ledgerColLevel')}>{levelLabel(entryLevel(entry))}</Field>
          <Field label={t('colCapturedAt')}>{formatShanghai(entry.capturedAt)}</Field>
          {entry.postedAt && <Field label={t('detailPostedAt')}>{formatShanghai(entry.postedAt)}</Field>}
          <Field label={t('ledgerColSite')}>{siteName(settings.sites, entry.site)}</Field>
          <Field label={t('colAuthor')}>{entry.author}</Field>
          <Field label={t('ledgerColTopics')}>{entry.topics.map(topic).join('、')}</Field>
          <Field label={t('ledgerColDepartment')}>{entry.department ?? ''}</Field>
          {entry.reply && (
            <Field label={t('detailReply')}>
              {formatShanghai(entry.reply.at)} {entry.reply.author}{' '}
              <a href={safeHttpUrl(entry.reply.url) ?? undefined} onClick={(ev) => (ev.preventDefault(), openPost(entry.reply!.url))}>{t('openPost')}</a>
            </Field>
          )}
          {entry.reply && <Field label={t('receptionTitle')}><ReceptionField reception={entry.reception} /></Field>}
          {entry.escalation && <Field label={t('detailMemo')}>{`${entry.escalation.memoNo} ${entry.escalation.instruction}`}</Field>}
        </dl>
        <p class="fw-excerpt">{entry.excerpt}</p>
        <EntryActions entry={entry} settings={settings} />
      </div>
      <div class="fw-details-work">
        <EntryWorkflow key={entry.key} entry={entry} settings={settings} />
        <DraftBox key={entry.key} entry={entry} />
      </div>
      <div class="fw-details-history">
        <h3>{t('detailHistory')}</h3>
        <table class="fw-table fw-events">
          <tbody>{events.map((e) => <EventRow key={e.id} event={e} />)}</tbody>
        </table>
      </div>
    </>
  );
}

/** One entry: its fields, the workflow actions and its event history (read through the `key` index, in causal order). */
export function EntryDetails({ entryKey, settings, onClose }: Props) {
  const { value } = useLiveQuery(async () => {
    const db = ledgerDb();
    const [entry, events] = await Promise.all([db.entries.get(entryKey), db.events.where('key').equals(entryKey).toArray()]);
    return { entry, events: events.sort(causalOrder(new Date())) };
  }, [entryKey]);
  const box = useRef<HTMLElement>(null);
  // Below the table the details may start under the fold: then bring their top into view, once per entry opened.
  const loaded = value !== undefined;
  useEffect(() => {
    const el = box.current;
    if (loaded && el && el.getBoundingClientRect().top > window.innerHeight - SHOWN_PX) el.scrollIntoView({ block: 'start' });
  }, [entryKey, loaded]);
  return (
    <aside ref={box} class="fw-ledger-details" data-fw-ledger-details={entryKey} aria-label={t('detailTitle')}>
      <button type="button" class="fw-details-close" aria-label={t('detailClose')} onClick={onClose}>×</button>
      {value && !value.entry && <p>{t('detailGone')}</p>}
      {value?.entry && <Body entry={value.entry} events={value.events} settings={settings} />}
    </aside>
  );
}
