import { useState } from 'preact/hooks';
import { AWAITING_REPLY, type LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { addFix, close, completeFix, pause, reopen, resume, start } from '@/utils/ledger/actions';
import { canTransition } from '@/utils/ledger/workflow';
import { t } from '@/utils/i18n';
import { useNow } from './use-now';
import { useEntryChange } from './workflow/use-entry-change';
import { PauseState } from './workflow/PauseState';
import { FixList } from './workflow/FixList';
import { FixForm, type FixDue } from './workflow/FixForm';
import './entry-actions.css';
import './workflow/workflow.css';

interface Props {
  entry: LedgerEntry;
  settings: Settings;
}

/**
 * The handling steps of one entry (dashboard): 开始办理, 暂停/恢复计时, 整改 with their own due dates,
 * 办结 and 重新打开. Only the steps that make sense for the entry's status are offered; the ledger's
 * refusals are shown as they are worded.
 */
export function EntryWorkflow({ entry: initial, settings }: Props) {
  const { entry, busy, feedback, run } = useEntryChange(initial, settings);
  const [pausing, setPausing] = useState(false);
  const [reason, setReason] = useState('');
  const now = useNow();
  const canPause = !entry.pausedAt && AWAITING_REPLY.includes(entry.status) && entry.dueAt !== null;

  async function submitPause(ev: Event) {
    ev.preventDefault();
    if (await run((db, key, ctx) => pause(db, key, reason, ctx))) {
      setPausing(false);
      setReason('');
    }
  }

  const addFixDue = (text: string, due: FixDue) =>
    run((db, key, ctx) => addFix(db, key, text, 'onDay' in due ? due : { workingDays: due.workingDays, from: ctx.now }, ctx));

  return (
    <section class="fw-workflow" data-fw-workflow={entry.key} aria-label={t('wfTitle')}>
      <div class="fw-action-buttons">
        {canTransition(entry.status, 'in_progress') && (
          <button type="button" data-fw-workflow-action="start" disabled={busy} onClick={() => void run(start)}>
            {t('wfStart')}
          </button>
        )}
        {canPause && (
          <button type="button" data-fw-workflow-action="pause" aria-pressed={pausing} onClick={() => setPausing(!pausing)}>
            {t('wfPause')}
          </button>
        )}
        {entry.pausedAt && (
          <button type="button" data-fw-workflow-action="resume" disabled={busy} onClick={() => void run(resume)}>
            {t('wfResume')}
          </button>
        )}
        {canTransition(entry.status, 'closed') && (
          <button type="button" data-fw-workflow-action="close" disabled={busy} onClick={() => void run(close)}>
            {t('wfClose')}
          </button>
        )}
        {entry.status === 'closed' && (
          <button type="button" data-fw-workflow-action="reopen" disabled={busy} onClick={() => void run(reopen)}>
            {t('wfReopen')}
          </button>
        )}
      </div>
      {pausing && canPause && (
        <form class="fw-action-form" data-fw-pause-form onSubmit={(ev) => void submitPause(ev)}>
          <input name="reason" aria-label={t('wfPauseReason')} placeholder={t('wfPauseReason')} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          <div class="fw-action-submit">
            <button type="submit" disabled={busy}>
              {t('wfPauseConfirm')}
            </button>
            <button type="button" onClick={() => setPausing(false)}>
              {t('actCancel')}
            </button>
          </div>
        </form>
      )}
      <PauseState entry={entry} settings={settings} now={now} />
      {feedback && (
        <p class={feedback.ok ? 'fw-action-ok' : 'fw-action-error'} role={feedback.ok ? 'status' : 'alert'}>
          {feedback.text}
        </p>
      )}
      <h3>{t('detailFix')}</h3>
      <FixList fixes={entry.fixes} now={now} busy={busy} onDone={(id) => void run((db, key, ctx) => completeFix(db, key, id, ctx))} />
      {entry.status !== 'closed' && <FixForm busy={busy} onAdd={addFixDue} />}
    </section>
  );
}
