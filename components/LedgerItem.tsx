import { AWAITING_REPLY, type LedgerEntry } from '@/utils/ledger/types';
import { formatShanghai } from '@/utils/time/shanghai';
import { statusLabel } from '@/utils/i18n/status';
import { Countdown } from './Countdown';
import { t } from '@/utils/i18n';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { entryLevel } from '@/utils/ledger/entry-level';
import { LevelTag } from './LevelTag';

interface Props {
  entry: LedgerEntry;
  now: Date;
  onOpen(entry: LedgerEntry): void;
  children?: preact.ComponentChildren;
}

/** One ledger entry in a list; the automation hooks stay fixed whatever the styling. */
export function LedgerItem({ entry, now, onOpen, children }: Props) {
  return (
    <li class={`fw-item fw-status-${entry.status}`} data-fw-ledger-item={entry.key} data-fw-status={entry.status} data-fw-due={entry.dueAt ?? ''} data-fw-level={entryLevel(entry)}>
      <a
        class="fw-item-title"
        href={safeHttpUrl(entry.url) ?? undefined}
        onClick={(ev) => {
          ev.preventDefault();
          onOpen(entry);
        }}
      >
        <LevelTag level={entryLevel(entry)} />
        {entry.title}
      </a>
      <div class="fw-item-meta">
        <span class="fw-chip">{statusLabel(entry.status)}</span>
        <span>{entry.author}</span>
        {entry.department && <span>{entry.department}</span>}
        {AWAITING_REPLY.includes(entry.status) ? (
          <Countdown dueAt={entry.dueAt} now={now} />
        ) : (
          entry.reply && <span>{t('repliedAt', formatShanghai(entry.reply.at))}</span>
        )}
        {entry.newFollowUp && <span class="fw-chip fw-chip-warn">{t('newFollowUp')}</span>}
      </div>
      {children}
    </li>
  );
}
