// The part of PouchDB 9's API the team sync uses (the packages ship no type declarations).
declare module 'pouchdb-core' {
  interface WriteResult { ok?: boolean; id: string; rev: string; error?: string; reason?: string }
  interface ChangesResult { results: { id: string; deleted?: boolean; doc?: Record<string, unknown> }[]; last_seq: number | string }
  interface ReplicationInfo { docs_read: number; docs_written: number; pending?: number }
  interface Replication extends Promise<ReplicationInfo> {
    on(event: 'change', listener: (info: ReplicationInfo) => void): this;
  }
  class PouchDB {
    constructor(name: string, options?: { adapter?: string; skip_setup?: boolean; fetch?: typeof fetch });
    static plugin(plugin: unknown): typeof PouchDB;
    static replicate(source: PouchDB, target: PouchDB, options?: { batch_size?: number }): Replication;
    allDocs(options: { keys: string[]; include_docs: true }): Promise<{ rows: ({ value?: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> } | undefined)[] }>;
    bulkDocs(docs: object[]): Promise<WriteResult[]>;
    changes(options: { since: number | string; limit: number; include_docs: true; conflicts: true }): Promise<ChangesResult>;
    get(id: string): Promise<Record<string, unknown> & { _rev: string }>;
    get(id: string, options: { open_revs: string[] }): Promise<{ ok?: Record<string, unknown> }[]>;
    put(doc: object): Promise<WriteResult>;
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<unknown>;
  }
  export default PouchDB;
}
declare module 'pouchdb-adapter-indexeddb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
