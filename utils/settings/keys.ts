/** browser.storage.local keys: read by the content script, so kept apart from the (large) defaults. */
export const SETTINGS_KEY = 'settings';
export const RULES_KEY = 'compiledRules';
/** What the last start-up repaired in the stored settings (shown on the dashboard until dismissed). */
export const SETTINGS_REPAIR_KEY = 'settingsRepair';
/**
 * The extension version whose start-up check the stored settings passed: the content script runs on
 * them only once this version's background has checked (and if need be repaired) them.
 */
export const SETTINGS_CHECKED_KEY = 'settingsCheckedBy';
/**
 * What today's active sensitive periods change (`StoredPeriodEffects`), written by the worker at
 * start, on settings changes and at each day's start: forum pages read it instead of the calendar.
 */
export const PERIOD_EFFECTS_KEY = 'periodEffects';
