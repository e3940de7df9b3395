// The office's ledger table (台账), shared by the CSV and XLSX exports.
import type { LedgerEntry, Status } from '../ledger/types';
import { formatShanghai } from '../time/shanghai';
import { onTimeVerdict } from '../stats/on-time';
import { siteName, type SiteNames } from '../sites/site-name';
import { entryLevel } from '../ledger/entry-level';

export const LEDGER_COLUMNS = [
  '序号',
  '发现时间',
  '来源',
  '标题',
  '链接',
  '网民',
  '涉及领域',
  '预警级别',
  '责任部门',
  '状态',
  '回复时间',
  '回复链接',
  '是否按时',
  '备注',
] as const;

/** Column widths in characters, for spreadsheets. */
export const LEDGER_COLUMN_WIDTHS: readonly number[] = [6, 17, 16, 40, 36, 14, 18, 9, 12, 8, 17, 36, 9, 30];

export interface LedgerNames {
  /** topic id → Chinese name; unknown ids are shown as they are. */
  topics: Readonly<Record<string, string>>;
  /** status id → Chinese name (see `STATUS_ZH`). */
  statuses: Readonly<Record<Status, string>>;
  /** The user's site profiles: an entry's site is shown by its profile's name (e.g. 岱山论坛), else as stored. */
  sites?: SiteNames;
}

/** One table row: the sequence number, then text cells in `LEDGER_COLUMNS` order. */
export type LedgerRow = [number, ...string[]];

const VERDICT_TEXT = { on_time: '是', late: '否', pending: '', before_capture: '登记前已回复', none: '' } as const;
const LEVEL_TEXT = { urgent: '紧急', watch: '关注', normal: '一般' } as const;

function remarks(entry: LedgerEntry): string {
  const parts: string[] = [];
  if (entry.escalation) parts.push(`已上报（抄告单 ${entry.escalation.memoNo}）`);
  if (entry.fixes.length) {
    const done = entry.fixes.filter((f) => f.doneAt !== null).length;
    parts.push(`整改 ${entry.fixes.length} 项，已完成 ${done} 项`);
  }
  if (entry.newFollowUp) parts.push('回复后网民有新跟帖');
  if (entry.reception?.praise) parts.push(`回复后好评 ${entry.reception.praise} 次`);
  if (entry.reception?.pushback) parts.push(`追问 ${entry.reception.pushback} 次`);
  if (entry.pausedAt) parts.push('计时已暂停');
  return parts.join('；');
}

const own = (map: Readonly<Record<string, string>> | undefined, key: string): string =>
  (map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined) ?? key;

export function ledgerRow(entry: LedgerEntry, index: number, names: LedgerNames, nowMs: number): LedgerRow {
  return [
    index + 1,
    formatShanghai(entry.capturedAt),
    siteName(names.sites ?? [], entry.site),
    entry.title,
    entry.url,
    entry.author,
    entry.topics.map((id) => own(names.topics, id)).join('、'),
    LEVEL_TEXT[entryLevel(entry)],
    entry.department ?? '',
    names.statuses[entry.status] ?? entry.status,
    entry.reply ? formatShanghai(entry.reply.at) : '',
    entry.reply?.url ?? '',
    VERDICT_TEXT[onTimeVerdict(entry, nowMs)],
    remarks(entry),
  ];
}

/** Rows (without the header) for `entries` in the given order. `now` decides whether an unanswered entry is already late. */
export function ledgerRows(entries: readonly LedgerEntry[], names: LedgerNames, now: Date = new Date()): LedgerRow[] {
  const nowMs = now.getTime();
  return entries.map((e, i) => ledgerRow(e, i, names, nowMs));
}
