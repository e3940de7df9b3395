// Types for server.mjs, so TypeScript tests can start the demo forum.

export interface DemoUser {
  uid: number;
  username: string;
  group: string;
  credits: number;
  /** Set for the bureau's staff accounts. */
  department?: string;
  official?: boolean;
  sign?: string;
}

export interface DemoThread {
  tid: number;
  fid: number;
  typeid: number | null;
  subject: string;
  authorUid: number;
  /** Epoch milliseconds. */
  dateline: number;
  views: number;
  sticky: boolean;
  digest: boolean;
  /** Post ids in floor order. */
  pids: number[];
}

export interface DemoPost {
  pid: number;
  tid: number;
  authorUid: number;
  /** Epoch milliseconds. */
  dateline: number;
  /** Plain text; `[b]…[/b]` marks bold. */
  message: string;
  quotePid: number | null;
  edited: { uid: number; at: number } | null;
}

export interface DemoForumState {
  startedAt: number;
  users: Map<number, DemoUser>;
  threads: Map<number, DemoThread>;
  posts: Map<number, DemoPost>;
  nextPid: number;
}

export interface DemoForum {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:8090`. */
  url: string;
  /** The live in-memory data (replaced in place by POST /__reset). */
  state: DemoForumState;
  close(): Promise<void>;
}

export function startDemoForum(options?: { port?: number; host?: string }): Promise<DemoForum>;
