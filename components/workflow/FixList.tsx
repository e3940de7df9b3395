import type { Fix } from '@/utils/ledger/types';
import { dueState } from '@/utils/deadline/sla';
import { formatShanghai } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';

interface Props {
  fixes: Fix[];
  now: Date;
  busy: boolean;
  onDone(fixId: string): void;
}

function FixItem({ fix, now, busy, onDone }: { fix: Fix } & Omit<Props, 'fixes'>) {
  const overdue = !fix.doneAt && dueState(fix.dueAt, now) === 'overdue';
  const state = fix.doneAt ? 'done' : overdue ? 'overdue' : 'open';
  return (
    <li class={`fw-fix fw-fix-${state}`} data-fw-fix={fix.id} data-fw-fix-state={state}>
      <span class="fw-fix-text">{fix.text}</span>{' '}
      <span class={overdue ? 'fw-fix-due fw-overdue' : 'fw-fix-due'}>
        {fix.doneAt ? t('detailFixDone', formatShanghai(fix.doneAt)) : t('detailFixDue', formatShanghai(fix.dueAt))}
        {overdue && ` ${t('wfFixOverdue')}`}
      </span>
      {!fix.doneAt && (
        <button type="button" aria-label={t('wfFixDoneLabel', fix.text)} disabled={busy} onClick={() => onDone(fix.id)}>
          {t('wfFixDone')}
        </button>
      )}
    </li>
  );
}

/** The promised fixes of one entry with their due dates; open fixes past their date are marked overdue. */
export function FixList({ fixes, now, busy, onDone }: Props) {
  if (fixes.length === 0) return <p class="fw-fix-none">{t('wfFixNone')}</p>;
  return (
    <ul class="fw-fixes">
      {fixes.map((fix) => (
        <FixItem key={fix.id} fix={fix} now={now} busy={busy} onDone={onDone} />
      ))}
    </ul>
  );
}
