import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** A fix's due date as typed: a day (YYYY-MM-DD) or a number of working days from now. */
export type FixDue = { onDay: string } | { workingDays: number };

interface Props {
  busy: boolean;
  /** Resolves true when the fix was stored, so the form can be cleared. */
  onAdd(text: string, due: FixDue): Promise<boolean>;
}

const DEFAULT_WORKING_DAYS = '3';

/** Adds a promised fix (整改措施) with its own due date. */
export function FixForm({ busy, onAdd }: Props) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<'workingDays' | 'onDay'>('workingDays');
  const [days, setDays] = useState(DEFAULT_WORKING_DAYS);
  const [day, setDay] = useState('');

  async function submit(ev: Event) {
    ev.preventDefault();
    // An empty count stays invalid (NaN) so the ledger refuses it with its message instead of reading 0.
    const due: FixDue = kind === 'onDay' ? { onDay: day } : { workingDays: days.trim() ? Number(days) : Number.NaN };
    if (await onAdd(text, due)) {
      setText('');
      setDay('');
      setDays(DEFAULT_WORKING_DAYS);
    }
  }

  return (
    <form class="fw-action-form fw-fix-form" data-fw-fix-form onSubmit={(ev) => void submit(ev)}>
      <input name="fix" aria-label={t('wfFixText')} placeholder={t('wfFixText')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="fw-fix-due-inputs">
        <select aria-label={t('wfFixDueKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value === 'onDay' ? 'onDay' : 'workingDays')}>
          <option value="workingDays">{t('wfFixByWorkingDays')}</option>
          <option value="onDay">{t('wfFixByDay')}</option>
        </select>
        {kind === 'workingDays' ? (
          <input type="number" min={0} step={1} aria-label={t('wfFixWorkingDays')} value={days} onInput={(e) => setDays(e.currentTarget.value)} />
        ) : (
          <input type="date" aria-label={t('wfFixDay')} value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        )}
        <button type="submit" disabled={busy}>
          {t('wfFixAdd')}
        </button>
      </div>
    </form>
  );
}
