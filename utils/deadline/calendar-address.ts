// Refreshing the holiday data from the address the office sets (e.g. an intranet mirror). A
// failed refresh keeps the data loaded before and records the error with its time.
import { t } from '../i18n';
import { toShanghaiISO } from '../time/shanghai';
import { MAX_CALENDAR_BYTES, readHolidayText, sizeProblem } from './holiday-file';
import { saveCalendarRefresh, saveLoadedCalendar } from './calendar-store';
import { errorText } from '../error-text';

/** Why `text` cannot be the refresh address, or null. */
export function addressProblem(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : t('calAddressScheme');
  } catch {
    return t('calAddressBad', text.trim());
  }
}

/** The host permission pattern for the address's origin (match patterns leave out the port). */
export function addressOrigin(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The response body as text, refused as soon as it passes the size limit. */
async function cappedText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooBig = sizeProblem(declared || 0);
  if (tooBig) throw new Error(tooBig);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_CALENDAR_BYTES) {
      await reader.cancel();
      throw new Error(sizeProblem(bytes)!);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

async function fetchHolidays(address: string, fetchFn: typeof fetch) {
  let response: Response;
  try {
    response = await fetchFn(address, { cache: 'no-cache', credentials: 'omit' });
  } catch (err) {
    throw new Error(t('calAddressUnreachable', errorText(err)));
  }
  if (!response.ok) throw new Error(t('calAddressStatus', response.status));
  return readHolidayText(await cappedText(response));
}

/** Fetches the file at `address`, stores it on success, records the error otherwise. Returns the error message or null. */
export async function refreshFromAddress(address: string, now = new Date(), fetchFn: typeof fetch = fetch): Promise<string | null> {
  const at = toShanghaiISO(now);
  try {
    const bad = addressProblem(address);
    if (bad) throw new Error(bad);
    const data = await fetchHolidays(address, fetchFn);
    await saveLoadedCalendar({ data, source: { kind: 'address', name: address }, loadedAt: at });
    await saveCalendarRefresh({ lastError: null });
    return null;
  } catch (err) {
    const message = errorText(err);
    await saveCalendarRefresh({ lastError: { message, at } });
    return message;
  }
}
