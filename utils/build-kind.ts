declare const __FW_STORE_BUILD__: boolean | undefined;

/**
 * True in store packages (`npm run zip`): no local demo origins or demo staff accounts, and the
 * page hooks for automation only when the user turns them on. False in development and test builds.
 */
export const STORE_BUILD: boolean = typeof __FW_STORE_BUILD__ === 'boolean' && __FW_STORE_BUILD__;
