import type { FetchedPage } from '@/utils/watch/read-page';
import { decodePage } from '@/utils/watch/charset';

const TIMEOUT_MS = 20_000;

/** One forum page with the browser's cookies for that site (boards that need a login), decoded by its charset. */
export async function fetchPage(url: string): Promise<FetchedPage & { bytes: number }> {
  const res = await fetch(url, { credentials: 'include', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { html: decodePage(bytes, res.headers.get('content-type')), url: res.url || url, status: res.status, bytes: bytes.length };
}
