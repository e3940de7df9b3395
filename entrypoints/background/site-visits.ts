import { browser } from 'wxt/browser';
import { dayKey } from '@/utils/time/shanghai';

const VISITS_KEY = 'visits';

type Visits = { day: string; sites: string[] };

/** Remembers that an enabled site was visited today (Shanghai day), for the patrol reminders. */
export async function recordVisit(site: string, now = new Date()): Promise<void> {
  const today = dayKey(now);
  const got = (await browser.storage.local.get(VISITS_KEY))[VISITS_KEY] as Visits | undefined;
  const visits = got?.day === today ? got : { day: today, sites: [] };
  if (!visits.sites.includes(site)) {
    await browser.storage.local.set({ [VISITS_KEY]: { day: today, sites: [...visits.sites, site] } });
  }
}

export async function visitedToday(now = new Date()): Promise<string[]> {
  const got = (await browser.storage.local.get(VISITS_KEY))[VISITS_KEY] as Visits | undefined;
  return got?.day === dayKey(now) ? got.sites : [];
}
