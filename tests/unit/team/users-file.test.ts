import { describe, expect, it } from 'vitest';
import { checkedUsers, parseAdmin } from '../../../tools/team/setup.mjs';

const user = { name: 'xiaowang', password: 'chengjian-pass-2026', roles: ['fw-member', 'fw-dept:城建科'] };

describe('users file for the set-up command', () => {
  it('takes office and department members as written', () => {
    const office = { name: 'bangongshi', password: 'office-pass-2026', roles: ['fw-member', 'fw-office'] };
    expect(checkedUsers([office, user])).toEqual([office, user]);
  });

  it('refuses a mistyped role, naming the user and the role', () => {
    expect(() => checkedUsers([{ ...user, roles: ['fw-member', 'fw-dept：城建科'] }])).toThrow(
      '用户 1（xiaowang）：不认识的角色 "fw-dept：城建科"（可用 fw-member、fw-office、fw-dept:部门名）',
    );
  });

  it('refuses a user who could not open the database at all', () => {
    expect(() => checkedUsers([{ ...user, roles: ['fw-dept:城建科'] }])).toThrow('用户 1（xiaowang）：角色里要有 fw-member');
  });

  it('refuses a short password without repeating it', () => {
    expect(() => checkedUsers([user, { ...user, name: 'laoli', password: 'abc123' }])).toThrow(
      /^用户 2（laoli）：密码至少 8 个字符 \/ user 2 \(laoli\): the password needs at least 8 characters$/,
    );
  });

  it('refuses a name CouchDB or Basic auth cannot take', () => {
    for (const name of ['', '_admin', 'xiao:wang', 'xiao wang']) {
      expect(() => checkedUsers([{ ...user, name }])).toThrow('用户名不能为空，不能以 _ 开头，不能有冒号或空格');
    }
  });

  it('splits --admin at the first colon, so a password may hold colons', () => {
    expect(parseAdmin('admin:pa:ss')).toEqual({ name: 'admin', password: 'pa:ss' });
    expect(() => parseAdmin('admin')).toThrow('--admin 的格式是 用户名:密码');
  });
});
