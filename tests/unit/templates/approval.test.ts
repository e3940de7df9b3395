import { describe, expect, test } from 'vitest';
import { ApprovalError, approve, needsApprovalWarning, requestApproval, saveDraft } from '@/utils/templates/approval';
import { fromWall } from '@/utils/time/shanghai';
import { roadCollapseEntry } from './entry';

const t1 = fromWall(2026, 11, 24, 9, 0);
const t2 = fromWall(2026, 11, 24, 9, 20);
const t3 = fromWall(2026, 11, 24, 10, 5);
const REPLY = '网友您好！感谢您的监督。\n路面明天开始修。\n如有未尽事宜或对上述答复有异议，请联系市政所，电话：0580-4475678。';
const policy = { requireApproval: true };

describe('draft and approval flow', () => {
  test('save → request → approve, with the status following and times in Shanghai', () => {
    const saved = saveDraft(roadCollapseEntry({ status: 'assigned' }), REPLY, t1);
    expect(saved.entry.status).toBe('in_progress');
    expect(saved.entry.draft).toEqual({ text: REPLY, savedAt: '2026-11-24T09:00:00+08:00', approvalRequestedAt: null, approvedBy: null, approvedAt: null });
    expect(saved.event.type).toBe('draft');
    expect(needsApprovalWarning(saved.entry, policy)).toMatch(/还没有送审/);

    const requested = requestApproval(saved.entry, t2, '老李');
    expect(requested.entry.status).toBe('awaiting_approval');
    expect(requested.entry.draft?.approvalRequestedAt).toBe('2026-11-24T09:20:00+08:00');
    expect(requested.event.type).toBe('approval');
    expect(needsApprovalWarning(requested.entry, policy)).toMatch(/还没有审核通过/);

    const approved = approve(requested.entry, '张科长', t3);
    expect(approved.entry.status).toBe('in_progress');
    expect(approved.entry.draft).toMatchObject({ approvedBy: '张科长', approvedAt: '2026-11-24T10:05:00+08:00', text: REPLY });
    expect(approved.event.note).toContain('张科长');
    expect(needsApprovalWarning(approved.entry, policy)).toBeNull();
    expect(needsApprovalWarning(approved.entry, policy, REPLY)).toBeNull();
  });

  test('the message for the department head carries the post, the deadline and the whole draft', () => {
    const { message } = requestApproval(saveDraft(roadCollapseEntry(), REPLY, t1).entry, t2, '老李');
    expect(message.split('\n')[0]).toBe('【回复审核】请审核以下回复稿');
    expect(message).toContain('帖子：五叉路口 路面塌陷，晚上很危险');
    expect(message).toContain(`链接：${roadCollapseEntry().url}`);
    expect(message).toContain('办理时限：2026-11-24 17:30');
    expect(message).toContain('送审人：老李');
    expect(message).toContain(REPLY);
  });

  test('changing the text after approval drops the approval; saving the same text keeps it', () => {
    const approved = approve(requestApproval(saveDraft(roadCollapseEntry(), REPLY, t1).entry, t2).entry, '张科长', t3).entry;
    const resaved = saveDraft(approved, REPLY + '\n', t3);
    expect(resaved.entry.draft?.approvedBy).toBe('张科长');

    const edited = saveDraft(approved, REPLY.replace('明天', '后天'), t3);
    expect(edited.entry.draft).toMatchObject({ approvedBy: null, approvedAt: null, approvalRequestedAt: null });
    expect(edited.event.note).toMatch(/重新审核/);
    expect(needsApprovalWarning(edited.entry, policy)).not.toBeNull();
  });

  test('editing while under review takes the entry back out of review', () => {
    const requested = requestApproval(saveDraft(roadCollapseEntry(), REPLY, t1).entry, t2).entry;
    const edited = saveDraft(requested, '改过的稿子', t3);
    expect(edited.entry.status).toBe('in_progress');
    expect(edited.entry.draft?.approvalRequestedAt).toBeNull();
  });

  test('inserting text other than the approved draft is warned about', () => {
    const approved = approve(requestApproval(saveDraft(roadCollapseEntry(), REPLY, t1).entry, t2).entry, '张科长', t3).entry;
    expect(needsApprovalWarning(approved, policy, '另外写的一段话')).toMatch(/不一样/);
  });

  test('no warning when the policy does not require approval', () => {
    expect(needsApprovalWarning(roadCollapseEntry(), { requireApproval: false })).toBeNull();
    expect(needsApprovalWarning(roadCollapseEntry(), policy)).toMatch(/审核/);
  });

  test('cannot request or approve without a draft, nor approve without a name', () => {
    expect(() => requestApproval(roadCollapseEntry(), t1)).toThrow(ApprovalError);
    expect(() => approve(roadCollapseEntry(), '张科长', t1)).toThrow(/回复稿/);
    const withDraft = saveDraft(roadCollapseEntry(), REPLY, t1).entry;
    expect(() => approve(withDraft, '  ', t2)).toThrow(/审核人/);
  });

  test('a replied entry keeps its status when a draft for a further reply is sent for review', () => {
    const replied = roadCollapseEntry({ status: 'replied' });
    const requested = requestApproval(saveDraft(replied, REPLY, t1).entry, t2);
    expect(requested.entry.status).toBe('replied');
    expect(requested.entry.draft?.approvalRequestedAt).not.toBeNull();
  });

  test('the input entry is not changed', () => {
    const entry = roadCollapseEntry();
    saveDraft(entry, REPLY, t1);
    expect(entry.draft).toBeNull();
    expect(entry.status).toBe('new');
  });
});
