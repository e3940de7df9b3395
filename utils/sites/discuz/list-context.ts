import { toShanghaiISO } from '@/utils/time/shanghai';
import type { TimeReading } from './times';

export interface ListContext {
  doc: Document;
  site: string;
  now: Date;
}

export function isoOrNull(reading: TimeReading | null): string | null {
  return reading ? toShanghaiISO(reading.at) : null;
}

export function countOrNull(text: string | null | undefined): number | null {
  const m = /\d+/.exec(text ?? '');
  return m ? Number(m[0]) : null;
}
