import type { StaffMember } from './types';

// bbs.example.cn, 127.0.0.1:8090, 127.0.0.1:* (any port), [::1]:8090
const SITE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?$/i;

function siteProblem(site: string): string | null {
  if (!site.trim()) return '请填写站点（论坛网址中的主机名，例如 bbs.example.cn）';
  if (site === '*') return '站点不能填 *：账号只在登记的站点上认定，请写出论坛的主机名，例如 bbs.example.cn';
  if (!SITE.test(site)) return `站点应为论坛网址中的主机名，例如 bbs.example.cn 或 127.0.0.1:8090（${site}）`;
  return null;
}

/** What is wrong with the staff list, in words the office understands; empty when it can be saved. */
export function staffProblems(staff: StaffMember[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  staff.forEach((m, i) => {
    const who = m.person.trim() || `第 ${i + 1} 人`;
    if (!m.department.trim()) problems.push(`${who}：请填写部门`);
    for (const a of m.accounts) {
      if (!a.name.trim()) problems.push(`${who}：论坛账号名不能为空`);
      if (a.uid && !/^\d+$/.test(a.uid)) problems.push(`${who}：UID 只能是数字（${a.uid}）`);
      const site = siteProblem(a.site);
      if (site) problems.push(`${who}：${site}`);
      const id = `${a.site}|${a.uid ?? a.name}`;
      const other = seen.get(id);
      if (other && other !== who) problems.push(`账号「${a.name}」同时登记在 ${other} 和 ${who} 名下`);
      seen.set(id, who);
    }
  });
  return problems;
}
