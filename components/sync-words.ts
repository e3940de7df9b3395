import { t, type MessageKey } from '@/utils/i18n';
import type { SyncState } from '@/utils/team/sync-status';

export const SYNC_STATE_WORDS: Record<SyncState, MessageKey> = {
  off: 'syncStateOff',
  idle: 'syncStateIdle',
  syncing: 'syncStateSyncing',
  offline: 'syncStateOffline',
  error: 'syncStateError',
  denied: 'syncStateDenied',
};

/** A session role in words: 局办公室, the department's name, or 成员. */
export function roleWords(role: string): string {
  if (role === 'fw-office') return t('roleOffice');
  if (role.startsWith('fw-dept:')) return role.slice('fw-dept:'.length);
  return t('roleMember');
}

/** Whether the connected session is someone other than the office (who publishes the shared settings). */
export const notOffice = (roles: readonly string[] | undefined) => roles !== undefined && !roles.includes('fw-office');
