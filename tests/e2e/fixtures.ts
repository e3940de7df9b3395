/** Post keys as the extension forms them for the saved pages served at `site` (see static-server.ts). */
export const fixtureKey = (site: string, tid: number, pid: number) => `${site}/t${tid}/p${pid}`;
