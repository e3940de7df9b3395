// Types for local-server.mjs, so TypeScript tests can start the local CouchDB-compatible server.

export interface CouchAdmin {
  name: string;
  password: string;
}

export interface LocalCouch {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:5984`. */
  url: string;
  admin: CouchAdmin;
  close(): Promise<void>;
}

export function startLocalCouch(options: { dataDir: string; port?: number; admin?: CouchAdmin }): Promise<LocalCouch>;
