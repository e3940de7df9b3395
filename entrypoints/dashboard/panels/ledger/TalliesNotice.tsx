import { useEffect, useState } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import { rebuildTallies, talliesReady } from '@/utils/ledger/tally-rebuild';
import { t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';
import { ProgressBar } from '../transfer/ProgressBar';

type Progress = { done: number; total: number };

// One rebuild for the whole page, whichever panel asked first; later panels follow its progress.
let running: Promise<void> | null = null;
const listeners = new Set<(p: Progress) => void>();

function ensureTallies(): Promise<void> {
  running ??= talliesReady(ledgerDb()).then((ready) =>
    ready ? undefined : rebuildTallies(ledgerDb(), { onProgress: (done, total) => listeners.forEach((l) => l({ done, total })) }),
  ).finally(() => {
    running = null;
  });
  return running;
}

/** Builds the ledger's counters when they are missing (after an upgrade), saying so while it runs. */
export function TalliesNotice() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listeners.add(setProgress);
    ensureTallies().then(
      () => live && setProgress(null),
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
      listeners.delete(setProgress);
    };
  }, []);
  if (error) return <p class="fw-error" role="alert">{t('talliesFailed', error)}</p>;
  if (!progress) return null;
  return (
    <div data-fw-tallies-building>
      <ProgressBar label={t('talliesBuilding')} done={progress.done} total={progress.total} />
    </div>
  );
}
