// The short alert the office pastes into a department's QQ/WeChat group.
import type { LedgerEntry } from '../ledger/types';
import { safeHttpUrl } from '../links/safe-http-url';
import { formatShanghai } from '../time/shanghai';

export interface AlertOptions {
  /** Topic id → name shown to people. */
  topicNames: Record<string, string>;
  /** Overrides the entry's department, e.g. when assigning while alerting. */
  departmentName?: string | null;
}

/** `11-24 17:30` in Shanghai time. */
function shortTime(iso: string): string {
  return formatShanghai(iso).slice(5);
}

/** One line of text: line breaks (of any kind) and other control characters become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** The first line's heading names a 紧急 or 关注 level. */
const HEADING = { urgent: '紧急舆情', watch: '关注舆情' } as const;

export function formatAlert(
  entry: Pick<LedgerEntry, 'title' | 'url' | 'topics' | 'dueAt' | 'department' | 'capturedAt' | 'level'>,
  opts: AlertOptions,
): string {
  const title = oneLine(entry.title) || '（无标题）';
  const topics = oneLine(entry.topics.map((id) => opts.topicNames[id] ?? id).join('、')) || '未分类';
  const department = oneLine(opts.departmentName || entry.department || '') || '待分派';
  return [
    `【${entry.level ? HEADING[entry.level] : '舆情提醒'}】${title}`,
    `链接：${safeHttpUrl(entry.url) ?? '（无有效链接）'}`,
    `类别：${topics}`,
    `办理时限：${entry.dueAt ? shortTime(entry.dueAt) : '无'}`,
    `责任部门：${department}`,
    `发现时间：${shortTime(entry.capturedAt)}`,
  ].join('\n');
}
