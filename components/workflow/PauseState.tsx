import type { LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { resumeDue, slaContext } from '@/utils/deadline/sla';
import { formatShanghai } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';
import { durationText } from '../duration-text';

interface Props {
  entry: LedgerEntry;
  settings: Settings;
  now: Date;
}

/** Whether the clock is paused, for how long in all, and where the deadline lands on resuming now. */
export function PauseState({ entry, settings, now }: Props) {
  if (!entry.pausedAt) {
    return entry.pausedMs > 0 ? <p class="fw-pause-state">{t('wfPausedTotal', durationText(entry.pausedMs))}</p> : null;
  }
  const pausedAt = new Date(entry.pausedAt);
  // `now` ticks every half minute, so right after pausing it can still be a little earlier.
  const until = now > pausedAt ? now : pausedAt;
  const total = entry.pausedMs + (until.getTime() - pausedAt.getTime());
  const due = entry.dueAt ? resumeDue(new Date(entry.dueAt), pausedAt, until, slaContext(settings, entry.topics)) : null;
  return (
    <div class="fw-pause-state" data-fw-paused>
      <p>{t('wfPausedSince', formatShanghai(pausedAt), durationText(total))}</p>
      {due && <p>{t('wfResumeDuePreview', formatShanghai(due))}</p>}
    </div>
  );
}
