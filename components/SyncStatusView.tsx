import type { SyncStatus } from '@/utils/team/sync-status';
import { formatShanghai } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';
import { roleWords, SYNC_STATE_WORDS } from './sync-words';
import './sync-status.css';

/**
 * The shared ledger's sync state: `[data-fw-sync-status]` with `data-fw-sync-state` and
 * `data-fw-sync-last` (ISO 8601, empty when never). `compact` (the popup) leaves out the
 * server, the roles and the progress bar.
 */
export function SyncStatusView({ status, compact = false }: { status: SyncStatus; compact?: boolean }) {
  const { state, lastSyncAt, pending, lastError, progress, server } = status;
  const connected = state !== 'off';
  return (
    <div class={`fw-sync-status fw-sync-${state}`} data-fw-sync-status data-fw-sync-state={state} data-fw-sync-last={lastSyncAt ?? ''}>
      <strong>{t(SYNC_STATE_WORDS[state])}</strong>
      {connected && <span>{lastSyncAt ? t('syncLast', formatShanghai(lastSyncAt)) : t('syncNever')}</span>}
      {pending > 0 && <span data-fw-sync-pending={pending}>{t('syncPending', pending)}</span>}
      {lastError && <span class="fw-error" data-fw-sync-error>{lastError}</span>}
      {!compact && server && <span data-fw-sync-server>{t('teamServer', server.url, server.db, server.user)}</span>}
      {!compact && server && server.roles.length > 0 && (
        <span data-fw-sync-roles>{t('teamRoles', server.roles.filter((r) => r !== 'fw-member').map(roleWords).join('、') || roleWords('fw-member'))}</span>
      )}
      {!compact && progress && (
        <label class="fw-sync-progress">
          {t('syncProgress')}
          {/* Without a total the bar is indeterminate: no value. */}
          <progress data-fw-sync-progress max={progress.total ?? undefined} value={progress.total === null ? undefined : progress.done} />
          <span>{progress.total === null ? progress.done : t('syncProgressCount', progress.done, progress.total)}</span>
        </label>
      )}
    </div>
  );
}
