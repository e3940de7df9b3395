import type { Settings, StaffAccount } from './types';

/** Who the ledger's history names when the user has not said who they are. */
export const FALLBACK_ACTOR = '本机用户';

/** The staff member the first-run page keeps for the user's own forum accounts. */
export const SELF_STAFF_ID = 'self';

export const hasIdentity = (user: Settings['user']) => user.name.trim() !== '';

export const actorName = (user: Settings['user']) => user.name.trim() || FALLBACK_ACTOR;

/** The settings as ledger actions read them: the actor is the user's name, or the fallback. */
export function withActorName<T extends Pick<Settings, 'user'>>(settings: T): T {
  return { ...settings, user: { ...settings.user, name: actorName(settings.user) } };
}

export interface Identity {
  name: string;
  department: string;
  accounts: StaffAccount[];
}

/** The user's accounts as they were saved from the first-run page (empty before). */
export function ownAccounts(settings: Pick<Settings, 'staff'>): StaffAccount[] {
  return settings.staff.find((m) => m.id === SELF_STAFF_ID)?.accounts ?? [];
}

/**
 * Stores who the user is and, so that their own replies are recognised, a staff member of their
 * department with their forum accounts (replacing the one saved before).
 */
export function withIdentity(settings: Settings, identity: Identity): Settings {
  const name = identity.name.trim();
  const department = identity.department.trim();
  const others = settings.staff.filter((m) => m.id !== SELF_STAFF_ID);
  const previous = settings.staff.find((m) => m.id === SELF_STAFF_ID);
  const self = identity.accounts.length
    ? [{ id: SELF_STAFF_ID, person: name, department, phone: previous?.phone ?? '', official: false, accounts: identity.accounts }]
    : [];
  return { ...settings, user: { name, department }, staff: [...others, ...self] };
}

/** An account's site as staff accounts name it (`host:port`) from an address the user typed or pasted. */
export function accountSite(address: string): string {
  const text = address.trim();
  try {
    return new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`).host;
  } catch {
    return text;
  }
}
