// PouchDB in the worker: the office's database over HTTP, and a local replica of it (IndexedDB)
// that PouchDB's replication keeps up to date from the server, with its own checkpoints. The
// Dexie ledger stays what every page reads: the engine reads the replica's changes into it, and
// writes local changes to the server itself (normal, validated writes).
import PouchDB from 'pouchdb-core';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(indexedDbAdapter).plugin(httpAdapter).plugin(replication);

export type Database = PouchDB;

export interface Replicas {
  local: Database;
  remote: Database;
}

/** Another storage for the replica (tests in Node, where IndexedDB is simulated, use PouchDB's memory adapter). */
export function addReplicaAdapter(plugin: unknown): void {
  PouchDB.plugin(plugin);
}

/** `name` identifies the server, database and account, so two accounts never share a replica. */
export function openReplicas(name: string, databaseUrl: string, fetchFn: typeof fetch, adapter: string): Replicas {
  return {
    local: new PouchDB(name, { adapter }),
    // The database is created by the set-up command; a member may not create one.
    remote: new PouchDB(databaseUrl, { skip_setup: true, fetch: fetchFn }),
  };
}

/** Replicates the server's changes into the replica; `onProgress` gets documents read so far and those still pending. */
export async function pullIntoReplica(
  { local, remote }: Replicas,
  batchSize: number,
  onProgress: (done: number, pending: number | null) => void,
): Promise<void> {
  const run = PouchDB.replicate(remote, local, { batch_size: batchSize });
  run.on('change', (info) => onProgress(info.docs_read, typeof info.pending === 'number' ? info.pending : null));
  await run;
}
