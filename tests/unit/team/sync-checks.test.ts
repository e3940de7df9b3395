import { describe, expect, it } from 'vitest';
import { assignedToUs, userDepartments } from '../../../utils/team/assignment';
import { connectionProblem } from '../../../utils/team/connection-check';
import { insecureServerWarning } from '../../../utils/team/insecure-server';
import { fromEntryDoc } from '../../../utils/team/entry-doc';
import { assignedDoc } from './team-docs';

describe('server address', () => {
  it('plain http to another machine is warned about; https and this machine are not', () => {
    expect(insecureServerWarning('http://192.168.1.20:5984')).toContain('不加密');
    expect(insecureServerWarning('https://couch.jianshe.example.cn')).toBeNull();
    expect(insecureServerWarning('http://127.0.0.1:5984')).toBeNull();
    expect(insecureServerWarning('http://localhost:5984')).toBeNull();
  });

  it('a connection without an http(s) address, database, user or password is refused in words', () => {
    const ok = { url: 'https://couch.example.cn', db: 'forumwatch', user: 'xiaowang', password: 'secret-2026' };
    expect(connectionProblem(ok)).toBeNull();
    expect(connectionProblem({ ...ok, url: 'javascript:alert(1)' })).toContain('服务器地址');
    expect(connectionProblem({ ...ok, db: ' ' })).toContain('数据库');
    expect(connectionProblem({ ...ok, password: '' })).toContain('密码');
    expect(connectionProblem(null)).toContain('服务器地址');
  });
});

describe('assignment notices', () => {
  const merged = fromEntryDoc(assignedDoc('城建科'))!;
  const captured = new Set([merged.events[0]!.uid]);

  it("an assignment to the user's department from another PC is news; one made here or known before is not", () => {
    expect(userDepartments('', ['fw-member', 'fw-dept:城建科'])).toEqual(['城建科']);
    expect(assignedToUs(merged, captured, ['城建科'], 'pc-xiaowang')).toBe(true);
    expect(assignedToUs(merged, captured, ['环保科'], 'pc-xiaowang')).toBe(false);
    expect(assignedToUs(merged, captured, ['城建科'], 'pc-bangongshi')).toBe(false);
    expect(assignedToUs(merged, new Set(merged.events.map((e) => e.uid)), ['城建科'], 'pc-xiaowang')).toBe(false);
  });
});
