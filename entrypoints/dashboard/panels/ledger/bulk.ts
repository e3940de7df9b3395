// Applies one action to many entries, one transaction each, so a refused entry
// (e.g. 已办结 cannot be assigned) does not undo the others.
import { errorText } from '@/utils/error-text';

export interface BulkOutcome {
  done: number;
  failed: { key: string; message: string }[];
}

export async function runBulk(
  keys: readonly string[],
  act: (key: string) => Promise<unknown>,
  onProgress?: (done: number, total: number) => void,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: 0, failed: [] };
  onProgress?.(0, keys.length);
  for (const [i, key] of keys.entries()) {
    try {
      await act(key);
      outcome.done++;
    } catch (err) {
      outcome.failed.push({ key, message: errorText(err) });
    }
    onProgress?.(i + 1, keys.length);
  }
  return outcome;
}
