// Types for setup.mjs, so TypeScript tests can run the set-up steps without a subprocess.
import type { CouchAdmin } from './local-server.mjs';

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface TeamUser {
  name: string;
  password: string;
  roles: string[];
}

export interface AdminClient {
  origin: string;
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
}

export const DESIGN_ID: string;
export const MEMBER_ROLE: string;
export class SetupError extends Error {}

export function validateSource(): string;
export function adminClient(serverUrl: string, admin: CouchAdmin): AdminClient;
export function checkAdmin(client: AdminClient, name: string): Promise<void>;
export function ensureDatabase(client: AdminClient, db: string): Promise<Outcome>;
export function ensureSecurity(client: AdminClient, db: string, adminName: string): Promise<Outcome>;
export function ensureDesignDoc(client: AdminClient, db: string, source?: string): Promise<Outcome>;
export function ensureUser(client: AdminClient, user: TeamUser): Promise<Outcome>;
export function checkedUsers(list: unknown): TeamUser[];
export function readUsersFile(file: string): TeamUser[];
export function parseAdmin(text: string): CouchAdmin;
export function setup(options: { url: string; db: string; admin: CouchAdmin; users?: TeamUser[]; log?: (line: string) => void }): Promise<boolean>;
