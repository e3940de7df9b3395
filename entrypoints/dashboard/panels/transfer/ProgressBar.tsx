import { t } from '@/utils/i18n';
import './progress.css';

interface Props {
  label: string;
  done: number;
  total: number;
}

/** A progress bar for long exports and imports, readable by screen readers and tests. */
export function ProgressBar({ label, done, total }: Props) {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div class="fw-progress">
      <progress
        data-fw-progress
        aria-label={label}
        max={Math.max(total, 1)}
        value={total > 0 ? done : 0}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('progressText', done, total, percent)}
      />
      <span>{label} {t('progressText', done, total, percent)}</span>
    </div>
  );
}
