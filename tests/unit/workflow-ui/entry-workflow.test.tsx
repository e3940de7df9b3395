import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { LedgerDb } from '../../../utils/ledger/db';
import { addFix, close } from '../../../utils/ledger/actions';
import { resumeDue, slaContext } from '../../../utils/deadline/sla';
import { toShanghaiISO } from '../../../utils/time/shanghai';
import { defaultSettings } from '../../../utils/settings/defaults';
import { EntryWorkflow } from '../../../components/EntryWorkflow';
import { sh } from '../ledger/helpers';
import { ledgerWithOnePost, setClock } from './setup';
import { watchBadgeText } from '../../support/badge';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('../../../utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const settings = defaultSettings();
let key = '';
let badge: ReturnType<typeof watchBadgeText>;

const stored = async () => (await db.current!.entries.get(key))!;
const buttons = () => screen.getAllByRole('button').map((b) => b.textContent);
const ctx = (text: string) => ({ now: sh(text), settings });

async function renderStored() {
  cleanup();
  render(<EntryWorkflow entry={await stored()} settings={settings} />);
}

beforeEach(async () => {
  ({ db: db.current, key } = await ledgerWithOnePost('entry-workflow'));
  badge = watchBadgeText();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('整改 (promised fixes)', () => {
  it('adds a fix due in N working days, shows its due date, marks it done and refreshes the badge', async () => {
    setClock('2026-11-12 10:00');
    await renderStored();
    expect(screen.getByText('还没有整改措施。')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('整改内容'), { target: { value: '修复五叉路口塌陷路面' } });
    expect((screen.getByLabelText('工作日数') as HTMLInputElement).value).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: '添加整改' }));
    await waitFor(async () => expect((await stored()).fixes).toHaveLength(1));
    // Thursday + 3 working days → the following Tuesday, end of the working day.
    expect((await stored()).fixes[0]!.dueAt).toBe('2026-11-17T17:30:00+08:00');
    expect((await screen.findByText('期限 2026-11-17 17:30')).closest('[data-fw-fix-state]')?.getAttribute('data-fw-fix-state')).toBe('open');
    // Still awaiting a reply: the badge counts it.
    await waitFor(() => expect(badge).toHaveBeenCalledWith({ text: '1' }));
    expect((screen.getByLabelText('整改内容') as HTMLInputElement).value).toBe('');

    setClock('2026-11-16 11:00');
    fireEvent.click(screen.getByRole('button', { name: '完成整改：修复五叉路口塌陷路面' }));
    await waitFor(async () => expect((await stored()).fixes[0]!.doneAt).toBe('2026-11-16T11:00:00+08:00'));
    expect(await screen.findByText('2026-11-16 11:00 完成')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '完成整改：修复五叉路口塌陷路面' })).toBeNull();
  });

  it('adds a fix due on a chosen date, and refuses one without a date with the ledger message', async () => {
    setClock('2026-11-12 10:00');
    await renderStored();
    fireEvent.input(screen.getByLabelText('整改内容'), { target: { value: '周末前清理路障' } });
    fireEvent.change(screen.getByLabelText('整改期限'), { target: { value: 'onDay' } });
    fireEvent.click(screen.getByRole('button', { name: '添加整改' }));
    expect((await screen.findByRole('alert')).textContent).toBe('整改期限应写成 YYYY-MM-DD，收到：');
    fireEvent.input(screen.getByLabelText('到期日期'), { target: { value: '2026-11-15' } });
    fireEvent.click(screen.getByRole('button', { name: '添加整改' }));
    await waitFor(async () => expect((await stored()).fixes[0]?.dueAt).toBe('2026-11-15T17:30:00+08:00'));
  });

  it('marks an open fix past its due date as overdue, in red', async () => {
    await addFix(db.current!, key, '修复路面', { onDay: '2026-11-13' }, ctx('2026-11-12 10:00'));
    setClock('2026-11-16 09:00');
    await renderStored();
    const due = screen.getByText(/期限 2026-11-13 17:30/);
    expect(due.textContent).toContain('已逾期');
    expect(due.classList.contains('fw-overdue')).toBe(true);
    expect(due.closest('[data-fw-fix-state]')?.getAttribute('data-fw-fix-state')).toBe('overdue');
  });
});

describe('办结 and 重新打开', () => {
  it('close is refused while a fix is open, with the reason; allowed once it is done', async () => {
    await addFix(db.current!, key, '修复路面', { onDay: '2026-11-16' }, ctx('2026-11-12 10:00'));
    setClock('2026-11-13 09:00');
    await renderStored();
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    expect((await screen.findByRole('alert')).textContent).toBe('还有 1 项整改未完成，不能办结');
    expect((await stored()).status).toBe('new');

    fireEvent.click(screen.getByRole('button', { name: '完成整改：修复路面' }));
    await waitFor(async () => expect((await stored()).fixes[0]!.doneAt).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    await waitFor(async () => expect((await stored()).status).toBe('closed'));
    await waitFor(() => expect(buttons()).toEqual(['重新打开']));
    // A closed entry takes no new fixes until it is reopened.
    expect(screen.queryByLabelText('整改内容')).toBeNull();
  });

  it('reopens a closed entry for follow-up (跟踪中)', async () => {
    await close(db.current!, key, ctx('2026-11-12 10:00'));
    setClock('2026-11-14 09:00');
    await renderStored();
    fireEvent.click(screen.getByRole('button', { name: '重新打开' }));
    await waitFor(async () => expect((await stored()).status).toBe('follow_up'));
    await waitFor(() => expect(buttons()).toEqual(['开始办理', '办结', '添加整改']));
    // 跟踪中 awaits no reply: the badge shows nothing.
    await waitFor(() => expect(badge).toHaveBeenCalledWith({ text: '' }));
  });
});

describe('开始办理 and the buttons offered', () => {
  it('starts handling a new entry, after which 开始办理 is no longer offered', async () => {
    setClock('2026-11-12 09:00');
    await renderStored();
    expect(buttons()).toEqual(['开始办理', '暂停计时', '办结', '添加整改']);
    fireEvent.click(screen.getByRole('button', { name: '开始办理' }));
    await waitFor(async () => expect((await stored()).status).toBe('in_progress'));
    await waitFor(() => expect(buttons()).toEqual(['暂停计时', '办结', '添加整改']));
  });

  it('offers no pause for a replied entry, whose clock has stopped', async () => {
    render(<EntryWorkflow entry={{ ...(await stored()), status: 'replied' }} settings={settings} />);
    expect(buttons()).toEqual(['开始办理', '办结', '添加整改']);
  });
});

describe('暂停 and 恢复计时', () => {
  it('pauses with a reason, shows the paused time, and resuming moves the deadline as resumeDue says', async () => {
    const before = await stored();
    const pausedAt = setClock('2026-11-12 16:00');
    await renderStored();
    fireEvent.click(screen.getByRole('button', { name: '暂停计时' }));
    fireEvent.click(screen.getByRole('button', { name: '暂停' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写暂停的原因');
    fireEvent.input(screen.getByLabelText('暂停原因（如：等交通局答复）'), { target: { value: '等交通局答复' } });
    fireEvent.click(screen.getByRole('button', { name: '暂停' }));
    await waitFor(async () => expect((await stored()).pausedAt).toBe(toShanghaiISO(pausedAt)));
    await waitFor(() => expect(buttons()).toEqual(['开始办理', '恢复计时', '办结', '添加整改']));

    // The next morning: the pause held 1 h 30 min of working time on Thursday and 1 h on Friday; the night counts for nothing.
    const resumedAt = setClock('2026-11-13 09:30');
    await renderStored();
    const expected = resumeDue(new Date(before.dueAt!), pausedAt, resumedAt, slaContext(settings, before.topics));
    expect(toShanghaiISO(expected)).toBe('2026-11-13T11:00:00+08:00');
    expect(screen.getByText('计时已暂停：自 2026-11-12 16:00 起，累计暂停 17 小时 30 分')).toBeTruthy();
    expect(screen.getByText('现在恢复，答复时限顺延至 2026-11-13 11:00')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '恢复计时' }));
    await waitFor(async () => expect((await stored()).pausedAt).toBeNull());
    const after = await stored();
    expect(after.dueAt).toBe(toShanghaiISO(expected));
    expect(after.pausedMs).toBe(resumedAt.getTime() - pausedAt.getTime());
    expect(await screen.findByText('累计暂停 17 小时 30 分')).toBeTruthy();
    const log = await db.current!.events.where('key').equals(key).toArray();
    expect(log.map((e) => [e.type, e.note])).toEqual([
      ['capture', undefined],
      ['pause', '等交通局答复'],
      ['resume', '恢复计时，时限顺延至 2026-11-13 11:00'],
    ]);
    // Painted after the pause and after the resume.
    await waitFor(() => expect(badge).toHaveBeenCalledTimes(2));
  });
});
