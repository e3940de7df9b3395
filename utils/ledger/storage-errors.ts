import { t } from '../i18n';
import { errorText } from '../error-text';

const QUOTA = 'QuotaExceededError';

/**
 * Whether the browser refused a write for lack of space. Dexie reports it as its own
 * QuotaExceededError, or as an AbortError / BulkError wrapping the browser's DOMException.
 */
export function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, inner, cause, failures } = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (name === QUOTA) return true;
  if (isQuotaError(inner) || isQuotaError(cause)) return true;
  return Array.isArray(failures) && failures.some(isQuotaError);
}

/** The text a user sees when a ledger write fails: words for a full disk, the error's own message otherwise. */
export function describeStorageError(err: unknown): string {
  if (isQuotaError(err)) return t('storageFull');
  return errorText(err);
}
