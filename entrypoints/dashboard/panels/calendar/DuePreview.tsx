import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/types';
import type { HolidayData } from '@/utils/deadline/holiday-data';
import { captureDue, slaContext } from '@/utils/deadline/sla';
import { t } from '@/utils/i18n';
import { formatShanghai, parseShanghaiLocal, toShanghaiISO } from '@/utils/time/shanghai';
import { errorText } from '@/utils/error-text';

/** 时限试算: the reply deadline of a post captured at a chosen time, with the settings as edited. */
export function DuePreview({ settings, loaded }: { settings: Settings; loaded: HolidayData | null }) {
  const [at, setAt] = useState('');
  const captured = at ? parseShanghaiLocal(at) : null;
  let due: Date | null = null;
  let problem: string | null = null;
  if (captured) {
    try {
      due = captureDue(captured, slaContext(settings, [], loaded));
    } catch (err) {
      problem = errorText(err);
    }
  }
  return (
    <section class="fw-due-preview">
      <h2>{t('calPreview')}</h2>
      <label class="fw-field">
        <span>{t('calPreviewAt')}</span>
        <input type="datetime-local" name="previewAt" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
      </label>
      {due && (
        <p data-fw-preview-due={toShanghaiISO(due)}>{t('calPreviewDue', formatShanghai(due))}</p>
      )}
      {problem && <p class="fw-error">{problem}</p>}
    </section>
  );
}
