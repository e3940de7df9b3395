// Reads the corpus of real public complaints kept in tests/fixtures/corpus/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CorpusItem } from './measure';

export function loadCorpus(dir: string): CorpusItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CorpusItem[]);
}
