// Reads the corpus of real public complaints kept in tests/fixtures/corpus/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CorpusItem } from './measure';
import { CORPUS_FIXTURES } from '../support/fixtures';

export function loadCorpus(dir = CORPUS_FIXTURES): CorpusItem[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CorpusItem[]);
}
