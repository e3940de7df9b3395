// Types for the part of store.mjs that TypeScript tests use: adding a thread to a running demo forum.
import type { DemoForumState } from './server.mjs';

/** A new thread by user `uid` on board `fid`; its first post holds `message`. */
export function addThread(state: DemoForumState, thread: { fid: number; uid: number; subject: string; message: string; now?: number }): { tid: number; pid: number };
