// Every value the extension keeps in browser.storage.local, each defined once with its key, type and
// what a missing value reads as. The keys are those of earlier versions: existing profiles keep their
// data. No item has migrations: every change of a stored shape so far added a section or a field
// with a default, which the settings' validation on load fills in (utils/settings/store.ts); a
// shape that changes incompatibly gets `version` and `migrations` here. The content script imports
// this module too, so it holds types and plain values only (no schema, no defaults).
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings/types';
import type { SettingsRepairNotice } from '../settings/repair-notice';
import type { CompiledRules } from '../matching/compile';
import type { StoredPeriodEffects } from '../warning/page-level';
import type { CalendarRefresh } from '../deadline/calendar-store';
import { SYNC_OFF, type SyncStatus, type TeamCheckpoint, type TeamConnection } from '../team/sync-status';
import type { WatchState } from '../watch/state';
import type { Inbox } from '../watch/inbox';
import type { NearbyList } from '../watch/nearby';
import type { FirstPostTopics } from '../watch/first-post-topics';
import type { NoticeLog } from '../reminders/due-notifications';

/**
 * An item defined on first use. WXT reads an item's value as soon as it is defined, and each page
 * or worker uses a few of these: the others cost no read, and Node tools that import ledger code
 * (which uses the device id) read no browser storage. Marked pure, so a bundle keeps only the
 * items it uses.
 */
function lazy<I extends object>(define: () => I): I {
  let item: I | undefined;
  const defined = () => (item ??= define());
  return new Proxy({} as I, { get: (_, prop) => Reflect.get(defined(), prop), has: (_, prop) => Reflect.has(defined(), prop) });
}

/**
 * The settings as last saved. Extension pages and the worker read them through `loadSettings()`,
 * which validates them; forum pages read them once the worker has checked them (`settingsCheckedBy`).
 */
export const settingsItem = /* @__PURE__ */ lazy(() => storage.defineItem<Settings>('local:settings'));
/** The topics and warning words compiled for matching: forum pages read these, never raw topics. */
export const compiledRulesItem = /* @__PURE__ */ lazy(() => storage.defineItem<CompiledRules>('local:compiledRules'));
/** The reception words (好评 / 追问) compiled with their variants, for the worker; written with the rules. */
export const receptionRulesItem = /* @__PURE__ */ lazy(() => storage.defineItem<CompiledRules>('local:receptionRules'));
/** What the last start-up repaired in the stored settings (shown on the dashboard until dismissed). */
export const settingsRepairItem = /* @__PURE__ */ lazy(() => storage.defineItem<SettingsRepairNotice>('local:settingsRepair'));
/**
 * The extension version whose start-up check the stored settings passed: the content script runs on
 * them only once this version's background has checked (and if need be repaired) them.
 */
export const settingsCheckedByItem = /* @__PURE__ */ lazy(() => storage.defineItem<string>('local:settingsCheckedBy'));
/**
 * What today's active sensitive periods change, written by the worker at start, on settings changes
 * and at each day's start: forum pages read it instead of the calendar.
 */
export const periodEffectsItem = /* @__PURE__ */ lazy(() => storage.defineItem<StoredPeriodEffects>('local:periodEffects'));
/** Whether a store build's forum pages carry the automation hooks (dashboard → 站点 → 自动化标记). */
export const automationHooksItem = /* @__PURE__ */ lazy(() => storage.defineItem<boolean>('local:automationHooks', { fallback: false }));
/** This browser profile's random id, recorded on every ledger event it writes. */
export const deviceIdItem = /* @__PURE__ */ lazy(() => storage.defineItem<string>('local:deviceId'));

/** Loaded holiday data (checked on read: an unusable value means the built-in data). */
export const loadedCalendarItem = /* @__PURE__ */ lazy(() => storage.defineItem<unknown>('local:loadedCalendar'));
/** The office's calendar address and its last refresh error. */
export const calendarRefreshItem = /* @__PURE__ */ lazy(() => storage.defineItem<Partial<CalendarRefresh>>('local:calendarRefresh'));

/** The shared ledger's sync status as the worker reports it to the pages. */
export const teamSyncStatusItem = /* @__PURE__ */ lazy(() => storage.defineItem<SyncStatus>('local:teamSyncStatus', { fallback: SYNC_OFF }));
/** The connected team server with the user's password; absent when not connected. */
export const teamConnectionItem = /* @__PURE__ */ lazy(() => storage.defineItem<TeamConnection>('local:teamConnection'));
/** Where the last pull from the team server ended. */
export const teamCheckpointItem = /* @__PURE__ */ lazy(() => storage.defineItem<TeamCheckpoint>('local:teamSyncCheckpoint'));

/** What the background watch remembers between rounds. */
export const watchStateItem = /* @__PURE__ */ lazy(() => storage.defineItem<WatchState>('local:watchState'));
/** 待登记: new threads about a topic on watched boards. */
export const watchInboxItem = /* @__PURE__ */ lazy(() => storage.defineItem<Inbox>('local:watchInbox'));
/** 周边动态: matching threads on boards marked 周边 or 同行业. */
export const watchNearbyItem = /* @__PURE__ */ lazy(() => storage.defineItem<NearbyList>('local:watchNearby'));
/** The topics of list rows' first posts the watch has read (a row's 首帖：… mark). */
export const firstPostTopicsItem = /* @__PURE__ */ lazy(() => storage.defineItem<FirstPostTopics>('local:firstPostTopics', { fallback: {} }));

/** The enabled sites visited today (Shanghai day), for the patrol reminders. */
export const visitsItem = /* @__PURE__ */ lazy(() => storage.defineItem<{ day: string; sites: string[] }>('local:visits'));
/** Which deadline notifications were shown and acknowledged. */
export const noticeLogItem = /* @__PURE__ */ lazy(() => storage.defineItem<NoticeLog>('local:noticeLog', { fallback: {} }));
