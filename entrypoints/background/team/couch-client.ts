// Requests to the office's CouchDB as the signed-in user: a session cookie from POST /_session,
// and on a 401 one new login with the stored password before giving up.
import type { TeamConnection } from '@/utils/team/sync-status';

export class DeniedError extends Error {}
export class OfflineError extends Error {}

export interface CouchReply {
  status: number;
  json: any;
}

export const WRONG_PASSWORD = '用户名或密码不对 / Wrong user name or password';
export const NOT_A_MEMBER = '这个账号没有使用共享台账的权限 / This account is not a member of the shared ledger';

export class CouchClient {
  /**
   * Browsers keep the AuthSession cookie themselves and hide Set-Cookie from scripts; elsewhere
   * (Node) it is kept here and sent back. A browser ignores a script's Cookie header.
   */
  private cookie: string | null = null;

  constructor(
    readonly connection: TeamConnection,
    private readonly fetchFn: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  get origin(): string {
    return new URL(this.connection.url).origin;
  }

  private async send(method: string, path: string, body?: unknown): Promise<CouchReply> {
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    let response: Response;
    try {
      response = await this.fetchFn(`${this.connection.url.replace(/\/+$/, '')}${path}`, {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new OfflineError(`连不上同步服务器 / Cannot reach the sync server: ${error instanceof Error ? error.message : String(error)}`);
    }
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { reason: text.slice(0, 200) };
    }
    return { status: response.status, json };
  }

  /** Signs in; the session's roles. A wrong name or password is a DeniedError. */
  async login(): Promise<string[]> {
    const { name, password } = { name: this.connection.user, password: this.connection.password };
    const reply = await this.send('POST', '/_session', { name, password });
    if (reply.status === 401) throw new DeniedError(WRONG_PASSWORD);
    if (reply.status !== 200) throw new Error(`登录失败 / Login failed: HTTP ${reply.status}`);
    const roles: unknown = reply.json?.userCtx?.roles ?? reply.json?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  }

  /** A request to the database (`path` after `/<db>`); a 401 logs in again once. */
  async db(method: string, path: string, body?: unknown): Promise<CouchReply> {
    const full = `/${encodeURIComponent(this.connection.db)}${path}`;
    const reply = await this.send(method, full, body);
    if (reply.status !== 401) return reply;
    await this.login();
    const again = await this.send(method, full, body);
    if (again.status === 401) throw new DeniedError(NOT_A_MEMBER);
    return again;
  }
}

/** The reply's error in words: the server's reason as it is, else the HTTP status. */
export function replyError(reply: CouchReply): string {
  const reason = reply.json?.reason;
  return typeof reason === 'string' && reason ? reason : `服务器出错 / Server error: HTTP ${reply.status}`;
}
