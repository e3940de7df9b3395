import { AWAITING_REPLY, type LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { statusLabel } from '@/utils/i18n/status';
import { formatShanghai } from '@/utils/time/shanghai';
import { Countdown } from '@/components/Countdown';
import { siteName } from '@/utils/sites/site-name';
import { ReceptionChips } from './ReceptionChips';
import { LevelTag } from '@/components/LevelTag';
import { entryLevel } from '@/utils/ledger/entry-level';

interface Props {
  entryKey: string;
  entry: LedgerEntry | undefined;
  topicNames: Settings['topics'];
  sites: Settings['sites'];
  now: Date;
  selected: boolean;
  open: boolean;
  onToggle(key: string): void;
  onOpen(key: string): void;
}

/** One table row; page-derived text is rendered as text only. */
export function LedgerRow({ entryKey, entry, topicNames, sites, now, selected, open, onToggle, onOpen }: Props) {
  const name = (id: string) => topicNames.find((t) => t.id === id)?.name ?? id;
  return (
    <tr
      class={`fw-ledger-row${open ? ' fw-open' : ''}`}
      data-fw-ledger-row={entryKey}
      data-fw-status={entry?.status}
      data-fw-level={entry && entryLevel(entry)}
      onClick={() => onOpen(entryKey)}
    >
      <td class="fw-col-check" onClick={(ev) => ev.stopPropagation()}>
        <input type="checkbox" data-fw-select={entryKey} checked={selected} aria-label={entry?.title ?? entryKey} onChange={() => onToggle(entryKey)} />
      </td>
      {entry ? (
        <>
          <td>{formatShanghai(entry.capturedAt)}</td>
          <td class="fw-col-title" title={entry.title}><LevelTag level={entryLevel(entry)} /><ReceptionChips reception={entry.reception} />{entry.title}</td>
          <td>{entry.author}</td>
          <td>{entry.topics.map(name).join('、')}</td>
          <td>{entry.department ?? ''}</td>
          <td><span class={`fw-chip fw-status-${entry.status}`}>{statusLabel(entry.status)}</span></td>
          <td>{entry.reply ? formatShanghai(entry.reply.at) : AWAITING_REPLY.includes(entry.status) && <Countdown dueAt={entry.dueAt} now={now} />}</td>
          <td title={entry.site}>{siteName(sites, entry.site)}</td>
        </>
      ) : (
        <td colSpan={8} class="fw-loading-row">…</td>
      )}
    </tr>
  );
}
