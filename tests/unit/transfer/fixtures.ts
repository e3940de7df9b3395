import type { LedgerEntry, LedgerEvent } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { makeEntry, reply } from '../../support/entry';
import { defaultWarningSettings } from '@/utils/warning/defaults';

export function sampleSettings(): Settings {
  return {
    version: 1,
    user: { name: '值班员', department: '局办公室' },
    badgeScope: 'office',
    topics: [
      { id: 'road', name: '道路工程', color: '#e53', department: '城建科', any: ['道路', '修路'], all: [], none: ['铁路'], regex: ['沿港.{0,4}路'] },
      { id: 'housing', name: '商品房', color: '#2266aa', department: '房管科', any: ['交房', '楼盘'], all: [], none: [], regex: [] },
    ],
    staff: [
      { id: 'office', person: '局办公室', department: '局办公室', phone: '0580-4470000', official: true, accounts: [{ site: 'bbs.daishan.cn', name: '岱山建设', uid: '2' }] },
    ],
    sites: [
      { id: 'news', name: '民生专栏', match: 'https://news.daishan.cn/*', adapter: 'generic', enabled: true,
        selectors: { post: '.comment', author: '.user', time: '.time', body: '.text', title: 'h1', replyBox: 'textarea' } },
    ],
    templates: [{ id: 'thanks', name: '三段式', topicId: null, body: '感谢您对我们工作的关注！\n如有未尽事宜，请联系城建科。' }],
    officialese: ['根据有关文件精神'],
    reception: { praise: ['谢谢', '點讚'], pushback: ['还是没修'] },
    calendar: { extraHolidays: ['2026-10-09'], extraWorkdays: [] },
    sla: {
      default: { cutoff: '16:00', firstResponseHours: 0, escalationDays: 3, restartOnFollowUp: true, requireApproval: false },
      perTopic: { housing: { escalationDays: 2 } },
      perLevel: { urgent: { firstResponseHours: 2 } },
    },
    workingHours: { start: '08:30', end: '17:30' },
    reminders: { patrolTimes: ['09:00', '14:30'], leadMinutes: 60 },
    watch: { intervalMinutes: 30, start: '08:30', end: '17:30', anyTime: false, daysAfterReply: 14, boards: [], boardKinds: {} },
    warning: defaultWarningSettings(),
  };
}

export function sampleLedger(): { entries: LedgerEntry[]; events: LedgerEvent[] } {
  const a = makeEntry({
    title: '沿港西路修了一年还没好 "怎么回事"',
    topics: ['road'],
    status: 'follow_up',
    department: '城建科',
    dueAt: '2026-03-02T17:30:00+08:00',
    reply: reply('2026-03-02T11:00:00+08:00'),
    reception: {
      praise: 1,
      latestPraise: { at: '2026-03-02T12:00:00+08:00', author: '岱山老百姓', text: '谢谢，效率高', url: 'https://bbs.daishan.cn/forum.php?mod=redirect&goto=findpost&pid=7' },
      pushback: 0,
      lastPid: '7',
      lastAt: '2026-03-02T12:00:00+08:00',
    },
    fixes: [{ id: 'f1', text: '月底前完成沥青摊铺', dueAt: '2026-03-31T17:30:00+08:00', doneAt: null }],
    draft: { text: '感谢关注', savedAt: '2026-03-02T10:00:00+08:00', approvalRequestedAt: null, approvedBy: '科长', approvedAt: '2026-03-02T10:30:00+08:00' },
    updatedAt: '2026-03-02T11:00:00+08:00',
  });
  const b = makeEntry({
    title: '<img src=x onerror="alert(1)">楼盘延期交房',
    topics: ['housing'],
    status: 'escalated',
    escalation: { at: '2026-03-03T09:00:00+08:00', memoNo: '2026-007', department: '房管科', summary: '延期交房', instruction: '' },
    capturedAt: '2026-03-03T08:40:00+08:00',
    postedAt: '2026-03-03T08:10:00+08:00',
    updatedAt: '2026-03-03T09:00:00+08:00',
  });
  const events: LedgerEvent[] = [
    { id: 1, key: a.key, uid: 'event-1', seq: 1, device: 'pc-office', at: '2026-03-02T09:00:00+08:00', actor: '值班员', type: 'capture' },
    { id: 2, key: a.key, uid: 'event-2', seq: 2, device: 'pc-office', at: '2026-03-02T09:05:00+08:00', actor: '值班员', type: 'assign', note: '城建科' },
    { id: 3, key: a.key, uid: 'event-3', seq: 3, device: 'pc-office', at: '2026-03-02T11:00:00+08:00', actor: '岱山建设', type: 'status', from: 'assigned', to: 'replied' },
    { id: 4, key: b.key, uid: 'event-4', seq: 1, device: 'pc-office', at: '2026-03-03T08:40:00+08:00', actor: '值班员', type: 'capture' },
    { id: 5, key: b.key, uid: 'event-5', seq: 2, device: 'pc-office', at: '2026-03-03T09:00:00+08:00', actor: '值班员', type: 'status', from: 'new', to: 'escalated' },
  ];
  return { entries: [a, b], events };
}
