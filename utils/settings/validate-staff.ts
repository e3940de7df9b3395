import type { StaffMember } from './types';

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
      if (!a.site.trim()) problems.push(`${who}：请填写站点（所有站点填 *）`);
      const id = `${a.site}|${a.uid ?? a.name}`;
      const other = seen.get(id);
      if (other && other !== who) problems.push(`账号「${a.name}」同时登记在 ${other} 和 ${who} 名下`);
      seen.set(id, who);
    }
  });
  return problems;
}
