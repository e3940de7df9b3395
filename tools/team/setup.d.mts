// Types for setup.mjs, so TypeScript tests can run the set-up steps without a subprocess.
import type { AdminClient, CouchCredentials, Outcome, TeamUser } from '../../team/setup-steps.mjs';

export type { AdminClient, Outcome, TeamUser } from '../../team/setup-steps.mjs';
export { adminClient, checkAdmin, checkedUsers, DESIGN_ID, ensureDatabase, ensureSecurity, ensureUser, MEMBER_ROLE, SetupError } from '../../team/setup-steps.mjs';

export function validateSource(): string;
export function ensureDesignDoc(client: AdminClient, db: string, source?: string): Promise<Outcome>;
export function readUsersFile(file: string): TeamUser[];
export function parseAdmin(text: string): CouchCredentials;
export function setup(options: { url: string; db: string; admin: CouchCredentials; users?: TeamUser[]; log?: (line: string) => void }): Promise<boolean>;
