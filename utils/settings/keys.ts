/** browser.storage.local keys: read by the content script, so kept apart from the (large) defaults. */
export const SETTINGS_KEY = 'settings';
export const RULES_KEY = 'compiledRules';
