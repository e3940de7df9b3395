import { describe, expect, test } from 'vitest';
import { buildContext, fillTemplate, formatChineseDate, listVariables } from '@/utils/templates/variables';
import { fromWall } from '@/utils/time/shanghai';
import type { StaffMember } from '@/utils/settings/types';
import { roadCollapseEntry } from './entry';

const STAFF: StaffMember[] = [
  { id: 'office', person: '局办公室', department: '局办公室', phone: '0580-4470000', official: true, accounts: [] },
  { id: 'szs-head', person: '张科长', department: '市政所', phone: '0580-4475000', official: true, accounts: [] },
  { id: 'szs', person: '老李', department: '市政所', phone: '0580-4475678', official: false, accounts: [] },
];

describe('listVariables', () => {
  test('lists each placeholder once, in order, telling built-in, custom and unknown apart', () => {
    const body = '{网民}您好！{自定义:路段}……{网民}，｛自定义：完工时间｝，请联系{部门}，{科室}';
    expect(listVariables(body)).toEqual([
      { kind: 'builtin', name: '网民', token: '{网民}' },
      { kind: 'custom', name: '路段', token: '{自定义:路段}' },
      { kind: 'custom', name: '完工时间', token: '{自定义:完工时间}' },
      { kind: 'builtin', name: '部门', token: '{部门}' },
      { kind: 'unknown', name: '科室', token: '{科室}' },
    ]);
  });

  test('a body without placeholders has none', () => {
    expect(listVariables('感谢关注。')).toEqual([]);
  });
});

describe('fillTemplate', () => {
  test('fills built-in and custom values, full-width braces too', () => {
    const { text, unfilled } = fillTemplate(
      '{网民}您好！您反映的｛自定义：地点｝问题已修好。请联系{部门}，电话：{电话}。',
      { 网民: '岱山老街坊', 部门: '市政所', 电话: '0580-4475678' },
      { 地点: '五叉路口' },
    );
    expect(text).toBe('岱山老街坊您好！您反映的五叉路口问题已修好。请联系市政所，电话：0580-4475678。');
    expect(unfilled).toEqual([]);
  });

  test('keeps missing, blank and unknown placeholders in the text and reports them once each', () => {
    const { text, unfilled } = fillTemplate(
      '{网民}：{自定义:原因}，预计{自定义:完工时间}完工，{自定义:原因}。{电话}{科室}',
      { 网民: '路人甲', 电话: '  ' },
      { 完工时间: '' },
    );
    expect(text).toBe('路人甲：{自定义:原因}，预计{自定义:完工时间}完工，{自定义:原因}。{电话}{科室}');
    expect(unfilled).toEqual(['{自定义:原因}', '{自定义:完工时间}', '{电话}', '{科室}']);
  });

  test('a value that looks like a placeholder is not filled again', () => {
    expect(fillTemplate('{标题}', { 标题: '关于{网民}的问题', 网民: 'x' }).text).toBe('关于{网民}的问题');
  });
});

describe('buildContext', () => {
  const now = fromWall(2026, 11, 24, 9, 30);

  test('takes netizen, title, link and dates from the entry, dates in Shanghai time', () => {
    // Both instants fall on the 23rd in UTC but on the 24th in Shanghai.
    const entry = roadCollapseEntry({ postedAt: '2026-11-24T07:30:00+08:00' });
    const ctx = buildContext(entry, { now: fromWall(2026, 11, 24, 0, 10), user: { name: '值班员', department: '局办公室' }, staff: STAFF });
    expect(ctx).toMatchObject({
      网民: '岱山老街坊',
      标题: entry.title,
      链接: entry.url,
      日期: '11月24日',
      发帖日期: '11月24日',
    });
  });

  test("uses the entry's department and its official member's phone", () => {
    const ctx = buildContext(roadCollapseEntry(), { now, user: { name: '值班员', department: '局办公室' }, staff: STAFF });
    expect(ctx.部门).toBe('市政所');
    expect(ctx.电话).toBe('0580-4475000');
    expect(ctx.经办人).toBe('张科长');
  });

  test('the current user is the handler, with their own phone, when they work in that department', () => {
    const ctx = buildContext(roadCollapseEntry(), { now, user: { name: '老李', department: '市政所' }, staff: STAFF });
    expect(ctx.经办人).toBe('老李');
    expect(ctx.电话).toBe('0580-4475678');
  });

  test("falls back to the user's department when the entry has none", () => {
    const ctx = buildContext(roadCollapseEntry({ department: null }), { now, user: { name: '值班员', department: '局办公室' }, staff: STAFF });
    expect(ctx.部门).toBe('局办公室');
    expect(ctx.电话).toBe('0580-4470000');
    expect(ctx.经办人).toBe('值班员');
  });

  test('leaves out what is unknown, so the placeholder stays unfilled', () => {
    const ctx = buildContext({ title: '路灯不亮' }, { now, user: { name: '值班员', department: '城建科' }, staff: [] });
    const { unfilled } = fillTemplate('{网民}{标题}{电话}{发帖日期}', ctx);
    expect(unfilled).toEqual(['{网民}', '{电话}', '{发帖日期}']);
  });
});

test('formatChineseDate names the year only when it is not this year', () => {
  const now = fromWall(2027, 1, 2, 10);
  expect(formatChineseDate(fromWall(2027, 1, 1, 23, 59), now)).toBe('1月1日');
  expect(formatChineseDate(fromWall(2026, 12, 31, 23, 59), now)).toBe('2026年12月31日');
});
