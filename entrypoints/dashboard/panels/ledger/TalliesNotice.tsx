import { useEffect, useState } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import { rebuildLedgerIndexes, talliesReady } from '@/utils/ledger/tally-rebuild';
import { t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';
import { ProgressBar } from '../transfer/ProgressBar';

/** Which part is being built: the search index first, then the counters. */
type Progress = { done: number; total: number; part: 'index' | 'tallies' };

export interface TalliesState {
  /** Until the tallies are known to be built: queries that read them wait, rather than compete with the build. */
  building: boolean;
  progress: Progress | null;
  error: string | null;
}

// One build for the whole page, whichever panel asked first; later panels follow its progress.
let running: Promise<void> | null = null;
const listeners = new Set<(p: Progress) => void>();

function ensureTallies(): Promise<void> {
  const follow = (part: Progress['part']) => ({ onProgress: (done: number, total: number) => listeners.forEach((l) => l({ done, total, part })) });
  running ??= talliesReady(ledgerDb())
    .then((ready) => (ready ? undefined : rebuildLedgerIndexes(ledgerDb(), { index: follow('index'), tallies: follow('tallies') })))
    .finally(() => {
      running = null;
    });
  return running;
}

/** Builds the ledger's search index and counters when they are missing (after an upgrade, or entries written around them). */
export function useTallies(): TalliesState {
  const [state, setState] = useState<TalliesState>({ building: true, progress: null, error: null });
  useEffect(() => {
    let live = true;
    const onProgress = (progress: Progress) => setState({ building: true, progress, error: null });
    listeners.add(onProgress);
    ensureTallies().then(
      () => live && setState({ building: false, progress: null, error: null }),
      (err: unknown) => live && setState({ building: false, progress: null, error: errorText(err) }),
    );
    return () => {
      live = false;
      listeners.delete(onProgress);
    };
  }, []);
  return state;
}

/** Says that the counters are being built, with progress, or that building them failed. */
export function TalliesNotice({ state }: { state: TalliesState }) {
  if (state.error) return <p class="fw-error" role="alert">{t('talliesFailed', state.error)}</p>;
  if (!state.progress) return null;
  return (
    <div data-fw-tallies-building>
      <ProgressBar label={t(state.progress.part === 'index' ? 'searchIndexBuilding' : 'talliesBuilding')} done={state.progress.done} total={state.progress.total} />
    </div>
  );
}
