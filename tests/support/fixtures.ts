// Where the test fixtures are: the project's own corpus (tests/fixtures/corpus) and the saved real forum pages
// beside the project in ../shared/fixtures (CI always has them; elsewhere the tests that need them are skipped).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus of real public complaints (tests/fixtures/corpus/*.json). */
export const CORPUS_FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/corpus');

export const SHARED_FIXTURES = path.join(PROJECT_ROOT, '../shared/fixtures');
/** Discuz! X pages as served. */
export const DISCUZ_FIXTURES = path.join(SHARED_FIXTURES, 'discuz-x');
/** Discuz! X pages after the forum's own scripts ran (AJAX replies, the floating window, the editor frame). */
export const DISCUZ_LIVE_FIXTURES = path.join(SHARED_FIXTURES, 'discuz-x-live');
