import type { ComponentChild } from 'preact';
import type { LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import type { SyncStatus } from '@/utils/team/sync-status';
import { ledgerDb } from '@/utils/ledger/db';
import { departmentOpenEntries } from '@/utils/ledger/department-entries';
import { myDepartment } from '@/utils/settings/my-department';
import { useLiveQuery } from '@/components/use-live-query';
import { SyncStatusView } from '@/components/SyncStatusView';

/**
 * With the shared ledger connected: its sync line, and 分派给我 — the open entries of the user's
 * department (the session's fw-dept role, else the identity's), rendered by `list`.
 */
export function TeamSummary({ status, settings, list }: { status: SyncStatus; settings: Settings | null; list(entries: LedgerEntry[]): ComponentChild }) {
  const department = settings && myDepartment(settings.user, status.server?.roles);
  const { value: mine } = useLiveQuery(() => (department ? departmentOpenEntries(ledgerDb(), department) : Promise.resolve([])), [department]);
  if (status.state === 'off') return null;
  return (
    <>
      <div class="fw-popup-sync">
        <SyncStatusView status={status} compact />
      </div>
      {mine && list(mine)}
    </>
  );
}
