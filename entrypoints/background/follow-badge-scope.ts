import { refreshBadge } from '@/utils/ledger/paint-badge';
import { settingsItem, teamSyncStatusItem } from '@/utils/storage/items';
import { reportError } from './report-error';

/** Repaints when the scope or who "mine" and "department" mean changes: the settings, or the session's roles. */
export function followBadgeScope(): void {
  const repaint = () => void refreshBadge().catch(reportError);
  settingsItem.watch(repaint);
  teamSyncStatusItem.watch(repaint);
}
