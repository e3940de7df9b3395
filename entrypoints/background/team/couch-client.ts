// Requests to the office's CouchDB as the signed-in user: a session cookie from POST /_session,
// and on a 401 one new login with the stored password before giving up.
import type { TeamConnection } from '@/utils/team/sync-status';
import { errorText } from '@/utils/error-text';

export class DeniedError extends Error {}
export class OfflineError extends Error {}

export const WRONG_PASSWORD = '用户名或密码不对 / Wrong user name or password';
export const NOT_A_MEMBER = '这个账号没有使用共享台账的权限 / This account is not a member of the shared ledger';

export class CouchClient {
  /**
   * Browsers keep the AuthSession cookie themselves and hide Set-Cookie from scripts; elsewhere
   * (Node) it is kept here and sent back. A browser ignores a script's Cookie header.
   */
  private cookie: string | null = null;
  /** Why the last request failed as a whole (offline, login refused): PouchDB passes such failures on without their kind. */
  private failure: Error | null = null;

  constructor(
    readonly connection: TeamConnection,
    private readonly fetchFn: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  private get serverUrl(): string {
    return this.connection.url.replace(/\/+$/, '');
  }

  get databaseUrl(): string {
    return `${this.serverUrl}/${encodeURIComponent(this.connection.db)}`;
  }

  private async send(url: string | URL | Request, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    let response: Response;
    try {
      response = await this.fetchFn(url, { ...init, headers, credentials: 'include' });
    } catch (error) {
      throw this.failed(new OfflineError(`连不上同步服务器 / Cannot reach the sync server: ${errorText(error)}`));
    }
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    return response;
  }

  private failed(error: Error): Error {
    this.failure = error;
    return error;
  }

  /** The failure behind the error PouchDB reported last, once. */
  takeFailure(): Error | null {
    const failure = this.failure;
    this.failure = null;
    return failure;
  }

  /** Signs in; the session's roles. A wrong name or password is a DeniedError. */
  async login(): Promise<string[]> {
    const { user: name, password } = this.connection;
    const response = await this.send(`${this.serverUrl}/_session`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (response.status === 401) throw this.failed(new DeniedError(WRONG_PASSWORD));
    if (response.status !== 200) throw new Error(`登录失败 / Login failed: HTTP ${response.status}`);
    const json = (await response.json().catch(() => null)) as { userCtx?: { roles?: unknown }; roles?: unknown } | null;
    const roles: unknown = json?.userCtx?.roles ?? json?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  }

  /** fetch for PouchDB's HTTP adapter: requests in the session; a 401 logs in again once. */
  readonly fetch: typeof fetch = async (url, init = {}) => {
    const response = await this.send(url, init);
    if (response.status !== 401) return response;
    await this.login();
    const again = await this.send(url, init);
    if (again.status === 401) throw this.failed(new DeniedError(NOT_A_MEMBER));
    return again;
  };
}

/** A PouchDB error in words: the server's reason as it is, else its status. */
export function pouchErrorText(error: unknown): string {
  const e = error as { reason?: unknown; message?: unknown; status?: unknown } | null;
  if (typeof e?.reason === 'string' && e.reason) return e.reason;
  if (typeof e?.message === 'string' && e.message) return e.message;
  return `服务器出错 / Server error: HTTP ${String(e?.status ?? '?')}`;
}
