import type { Outcome } from './use-job';
import { ProgressBar } from './ProgressBar';

/** The running task's progress bar, or the last result (errors listed one per line). */
export function JobStatus({ progress, outcome, id }: { progress: { label: string; done: number; total: number } | null; outcome: Outcome | null; id: string }) {
  if (progress) return <ProgressBar label={progress.label} done={progress.done} total={progress.total} />;
  if (!outcome) return null;
  const [first, ...details] = outcome.lines;
  return (
    <div class={outcome.ok ? 'fw-ok' : 'fw-error'} role={outcome.ok ? 'status' : 'alert'} data-fw-result={id} data-fw-ok={String(outcome.ok)}>
      <p>{first}</p>
      {details.length > 0 && <ul>{details.map((line, i) => <li key={i}>{line}</li>)}</ul>}
    </div>
  );
}
