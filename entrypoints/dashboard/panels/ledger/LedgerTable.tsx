import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/types';
import { t } from '@/utils/i18n';
import { useNow } from '@/components/use-now';
import { LedgerRow } from './LedgerRow';
import { useEntries } from './use-entries';
import { visibleRange } from './window';
import { isSelected, type Selection } from './selection';

export const ROW_HEIGHT = 32;
const VIEWPORT_HEIGHT = 560;

interface Props {
  keys: readonly string[];
  settings: Settings;
  selection: Selection;
  openKey: string | null;
  onToggle(key: string): void;
  onOpen(key: string): void;
  /** Called once the rows in view have been read. */
  onRowsShown(): void;
}

/** The matching entries as a windowed table: only the rows in view (plus a few) are in the DOM. */
export function LedgerTable({ keys, settings, selection, openKey, onToggle, onOpen, onRowsShown }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const now = useNow();
  const { start, end } = visibleRange(scrollTop, VIEWPORT_HEIGHT, ROW_HEIGHT, keys.length);
  const shownKeys = keys.slice(start, end);
  const rows = useEntries(shownKeys);
  const rowsRead = keys.length === 0 || rows.size > 0;
  useEffect(() => {
    if (rowsRead) onRowsShown();
  }, [rowsRead, onRowsShown]);
  return (
    <div class="fw-ledger-scroll" style={{ maxHeight: `${VIEWPORT_HEIGHT}px` }} onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}>
      <table class="fw-table fw-ledger-table">
        <thead>
          <tr>
            <th class="fw-col-check" />
            <th>{t('colCapturedAt')}</th>
            <th class="fw-col-title">{t('colTitle')}</th>
            <th>{t('colAuthor')}</th>
            <th>{t('ledgerColTopics')}</th>
            <th>{t('ledgerColDepartment')}</th>
            <th>{t('colStatus')}</th>
            <th>{t('ledgerColDueOrReply')}</th>
            <th>{t('ledgerColSite')}</th>
          </tr>
        </thead>
        <tbody>
          {start > 0 && <tr class="fw-spacer" aria-hidden="true" style={{ height: `${start * ROW_HEIGHT}px` }} />}
          {shownKeys.map((key) => (
            <LedgerRow
              key={key}
              entryKey={key}
              entry={rows.get(key)}
              topicNames={settings.topics}
              sites={settings.sites}
              now={now}
              selected={isSelected(selection, key)}
              open={key === openKey}
              onToggle={onToggle}
              onOpen={onOpen}
            />
          ))}
          {end < keys.length && <tr class="fw-spacer" aria-hidden="true" style={{ height: `${(keys.length - end) * ROW_HEIGHT}px` }} />}
        </tbody>
      </table>
      {keys.length === 0 && <p class="fw-empty">{t('ledgerEmpty')}</p>}
    </div>
  );
}
