import { expect, test } from 'vitest';
import { formatAlert } from '@/utils/templates/alert';
import { roadCollapseEntry } from './entry';

const topicNames = { road_works: '道路工程', municipal_maintenance: '市政维护' };

test('a short alert with title, link, topic, deadline, department and captured time in Shanghai time', () => {
  const entry = roadCollapseEntry({
    topics: ['municipal_maintenance', 'road_works'],
    // 16:30 UTC the day before = 00:30 on the 24th in Shanghai.
    capturedAt: '2026-11-23T16:30:00Z',
    dueAt: '2026-11-25T17:30:00+08:00',
  });
  expect(formatAlert(entry, { topicNames, departmentName: '城建科' })).toBe(
    [
      '【舆情提醒】五叉路口 路面塌陷，晚上很危险',
      `链接：${entry.url}`,
      '类别：市政维护、道路工程',
      '办理时限：11-25 17:30',
      '责任部门：城建科',
      '发现时间：11-24 00:30',
    ].join('\n'),
  );
});

test("uses the entry's department, and says so when there is no deadline, topic or department", () => {
  const withDepartment = formatAlert(roadCollapseEntry(), { topicNames });
  expect(withDepartment).toContain('责任部门：市政所');

  const bare = formatAlert(roadCollapseEntry({ topics: [], dueAt: null, department: null }), { topicNames, departmentName: null });
  expect(bare).toContain('类别：未分类');
  expect(bare).toContain('办理时限：无');
  expect(bare).toContain('责任部门：待分派');
});

test('an unknown topic id is shown as is rather than dropped', () => {
  expect(formatAlert(roadCollapseEntry({ topics: ['heating'] }), { topicNames })).toContain('类别：heating');
});

test('stays one line per field whatever an imported entry holds', () => {
  const alert = formatAlert(
    roadCollapseEntry({
      title: '路面塌陷\n【舆情提醒】假的第二条\r\n',
      url: 'https://bbs.daishan.cn/t/1\n链接：https://evil.example/',
      topics: ['road_works\u2028市政'],
      department: '城建科\n责任部门：无',
    }),
    { topicNames },
  );
  const lines = alert.split('\n');
  expect(lines).toHaveLength(6);
  expect(lines[0]).toBe('【舆情提醒】路面塌陷 【舆情提醒】假的第二条');
  expect(lines[1]).toBe('链接：（无有效链接）');
  expect(lines[2]).toBe('类别：road_works 市政');
  expect(lines[4]).toBe('责任部门：城建科 责任部门：无');
});

test('links only to http(s) pages', () => {
  expect(formatAlert(roadCollapseEntry({ url: 'data:text/html,<script>alert(1)</script>' }), { topicNames })).toContain('链接：（无有效链接）');
});

test('names a 紧急 or 关注 entry’s level in its first line', () => {
  expect(formatAlert(roadCollapseEntry({ level: 'urgent' }), { topicNames }).split('\n')[0]).toBe('【紧急舆情】五叉路口 路面塌陷，晚上很危险');
  expect(formatAlert(roadCollapseEntry({ level: 'watch' }), { topicNames }).split('\n')[0]).toBe('【关注舆情】五叉路口 路面塌陷，晚上很危险');
});
