/**
 * Pages on these origins are treated as an enabled Discuz! X site in the
 * development build, so the local demo forum and the end-to-end tests need no
 * set-up. Store packages leave them out.
 */
export const LOCAL_DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
