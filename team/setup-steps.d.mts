// Types for setup-steps.mjs, shared by the set-up command's types and the dashboard.
export type Outcome = 'created' | 'updated' | 'unchanged';

export interface CouchCredentials {
  name: string;
  password: string;
}

export interface TeamUser extends CouchCredentials {
  roles: string[];
}

export interface AdminClient {
  origin: string;
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }>;
}

/** One step done: its name in Chinese and English, and what it did. */
export interface SetupStep {
  zh: string;
  en: string;
  outcome: Outcome;
}

export const DESIGN_ID: string;
export const MEMBER_ROLE: string;
export class SetupError extends Error {}

export function adminClient(serverUrl: string, admin: CouchCredentials): AdminClient;
export function checkAdmin(client: AdminClient, name: string): Promise<void>;
export function ensureDatabase(client: AdminClient, db: string): Promise<Outcome>;
export function ensureSecurity(client: AdminClient, db: string, adminName: string): Promise<Outcome>;
export function ensureDesignDoc(client: AdminClient, db: string, source: string): Promise<Outcome>;
export function ensureUser(client: AdminClient, user: TeamUser): Promise<Outcome>;
export function checkedUsers(list: unknown): TeamUser[];
export function runSetup(options: {
  url: string;
  db: string;
  admin: CouchCredentials;
  users?: TeamUser[];
  source: string;
  onStep?: (step: SetupStep) => void;
}): Promise<boolean>;
