import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { t } from '@/utils/i18n';
import { statusLabel } from '@/utils/i18n/status';
import { formatShanghai } from '@/utils/time/shanghai';
import { useLiveQuery } from '@/components/use-live-query';

const PAGE = 200;

/** The ledger, newest capture first. */
export function LedgerPanel() {
  const { value: entries, error } = useLiveQuery(() => ledgerDb().entries.orderBy('capturedAt').reverse().limit(PAGE).toArray());
  return (
    <section>
      <h1>{t('navLedger')}</h1>
      {error && <p class="fw-error">{error.message}</p>}
      <table class="fw-table">
        <thead>
          <tr>
            <th>{t('colCapturedAt')}</th>
            <th>{t('colTitle')}</th>
            <th>{t('colAuthor')}</th>
            <th>{t('colStatus')}</th>
            <th>{t('colDue')}</th>
          </tr>
        </thead>
        <tbody>
          {entries?.map((e) => (
            <tr key={e.key} data-fw-ledger-row={e.key}>
              <td>{formatShanghai(e.capturedAt)}</td>
              <td>
                <a href={e.url} onClick={(ev) => (ev.preventDefault(), void browser.tabs.create({ url: e.url }))}>
                  {e.title}
                </a>
              </td>
              <td>{e.author}</td>
              <td>{statusLabel(e.status)}</td>
              <td>{e.dueAt ? formatShanghai(e.dueAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
