import { useState } from 'preact/hooks';
import { errorText } from '@/utils/error-text';

export type Progress = (done: number, total: number) => void;

export interface Outcome {
  ok: boolean;
  /** The first line is the message; more lines are details (e.g. each validation error). */
  lines: string[];
}

/** A long task with a progress bar and a result message; one at a time per section. */
export function useJob() {
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  async function run(label: string, work: (progress: Progress) => Promise<Outcome>): Promise<void> {
    setOutcome(null);
    setProgress({ label, done: 0, total: 0 });
    try {
      setOutcome(await work((done, total) => setProgress({ label, done, total })));
    } catch (err) {
      setOutcome({ ok: false, lines: [errorText(err)] });
    } finally {
      setProgress(null);
    }
  }
  return { progress, outcome, setOutcome, busy: progress !== null, run };
}
