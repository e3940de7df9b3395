import type { Reception } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';

/** 好评 n / 追问 n after the reply, when there were any. */
export function ReceptionChips({ reception }: { reception: Reception | undefined }) {
  if (!reception) return null;
  return (
    <>
      {reception.praise > 0 && <span class="fw-chip fw-chip-praise" data-fw-praise={reception.praise}>{t('receptionPraiseCount', reception.praise)}</span>}
      {reception.pushback > 0 && <span class="fw-chip fw-chip-pushback" data-fw-pushback={reception.pushback}>{t('receptionPushbackCount', reception.pushback)}</span>}
    </>
  );
}
