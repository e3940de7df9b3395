import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The saved real Discuz! X pages beside the project (CI always has them). */
export const SHARED_FIXTURES = resolve(process.cwd(), '../shared/fixtures/discuz-x');
export const hasSharedFixtures = existsSync(resolve(SHARED_FIXTURES, 'labels.json'));

export interface LabelledPost {
  pid: number;
  author: string;
  author_uid: number;
  author_is_staff: boolean;
  floor: number;
  posted_at: string;
  areas: string[];
}

export interface LabelledPage {
  file: string;
  kind: string;
  mobile: boolean;
  logged_in: boolean;
  tid?: number;
  title?: string;
  posts?: LabelledPost[];
  threads?: { tid: number; title: string; areas?: string[] }[];
}

export function labels(): { pages: LabelledPage[]; staff_accounts: { username: string; uid: number }[] } {
  return JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'labels.json'), 'utf8'));
}

/** Post keys as the extension forms them for the saved pages served at `site` (see static-server.ts). */
export const fixtureKey = (site: string, tid: number, pid: number) => `${site}/t${tid}/p${pid}`;
