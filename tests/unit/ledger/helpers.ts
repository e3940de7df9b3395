import { LedgerDb } from '../../../utils/ledger/db';
import { captureEntry, type CapturePayload } from '../../../utils/ledger/capture';
import type { ActionContext } from '../../../utils/ledger/actions';
import { defaultSettings } from '../../../utils/settings/defaults';
import { parseShanghaiLocal } from '../../../utils/time/shanghai';
import { freshDb } from '../../support/ledger-db';

/** The instant at a Shanghai wall-clock time such as `2026-11-24 16:59`. */
export function sh(text: string): Date {
  const at = parseShanghaiLocal(text);
  if (!at) throw new Error(`bad test time ${text}`);
  return at;
}

export function ctxAt(text: string, actor = '值班员小张'): ActionContext {
  const settings = defaultSettings();
  settings.user.name = actor;
  return { now: sh(text), settings };
}

export function post(pid: number, tid = 24): CapturePayload {
  return {
    key: `127.0.0.1:8080/t${tid}/p${pid}`,
    site: '127.0.0.1:8080',
    tid: String(tid),
    pid: String(pid),
    title: '五叉路口路面塌陷',
    url: `http://127.0.0.1:8080/forum.php?mod=viewthread&tid=${tid}#pid${pid}`,
    author: '高亭阿强',
    authorUid: '6',
    postedAt: '2026-11-12T07:58:45+08:00',
    excerpt: '五叉路口有一块路面塌下去了',
    topics: ['municipal_maintenance'],
  };
}

/** A fresh database per test, with one captured post due at the end of the capture day. */
export async function ledgerWith(capturedAt: string, ...pids: number[]): Promise<{ db: LedgerDb; keys: string[] }> {
  const db = freshDb();
  const keys: string[] = [];
  for (const pid of pids.length ? pids : [98]) {
    const entry = await captureEntry(db, post(pid), {
      now: sh(capturedAt),
      actor: '值班员小张',
      dueFor: () => '2026-11-12T17:30:00+08:00',
      departmentFor: () => null,
    });
    keys.push(entry.key);
  }
  return { db, keys };
}
