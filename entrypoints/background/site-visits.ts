import { visitsItem } from '@/utils/storage/items';
import { dayKey } from '@/utils/time/shanghai';

/** Remembers that an enabled site was visited today (Shanghai day), for the patrol reminders. */
export async function recordVisit(site: string, now = new Date()): Promise<void> {
  const today = dayKey(now);
  const got = await visitsItem.getValue();
  const visits = got?.day === today ? got : { day: today, sites: [] };
  if (!visits.sites.includes(site)) await visitsItem.setValue({ day: today, sites: [...visits.sites, site] });
}

export async function visitedToday(now = new Date()): Promise<string[]> {
  const got = await visitsItem.getValue();
  return got?.day === dayKey(now) ? got.sites : [];
}
