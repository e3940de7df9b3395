import { t } from '@/utils/i18n';
import { useSyncStatus } from './use-sync-status';
import { notOffice } from './sync-words';

/** 由局办公室统一发布: on the shared settings' panels, for a connected user who is not the office. */
export function OfficePublishedNote() {
  const status = useSyncStatus();
  if (!notOffice(status?.server?.roles)) return null;
  return <p class="fw-note" data-fw-office-published>{t('officePublished')}</p>;
}
