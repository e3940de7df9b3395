import type { StaffMember } from './types';
import { t } from '../i18n';

// bbs.example.cn, 127.0.0.1:8090, 127.0.0.1:* (any port), [::1]:8090
const SITE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?$/i;

function siteProblem(site: string): string | null {
  if (!site.trim()) return t('staffSiteEmpty');
  if (site === '*') return t('staffSiteAll');
  if (!SITE.test(site)) return t('staffSiteBad', site);
  return null;
}

/** What is wrong with the staff list, in words the office understands; empty when it can be saved. */
export function staffProblems(staff: StaffMember[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  staff.forEach((m, i) => {
    const who = m.person.trim() || t('staffNth', i + 1);
    if (!m.department.trim()) problems.push(t('staffNoDepartment', who));
    for (const a of m.accounts) {
      if (!a.name.trim()) problems.push(t('staffNoAccountName', who));
      if (a.uid && !/^\d+$/.test(a.uid)) problems.push(t('staffBadUid', who, a.uid));
      const site = siteProblem(a.site);
      if (site) problems.push(t('staffSiteProblem', who, site));
      const id = `${a.site}|${a.uid ?? a.name}`;
      const other = seen.get(id);
      if (other && other !== who) problems.push(t('staffAccountTwice', a.name, other, who));
      seen.set(id, who);
    }
  });
  return problems;
}
