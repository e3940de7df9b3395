// What a page sends as a connection is checked before the worker uses it.
import type { TeamConnection } from './sync-status';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Why `value` is not a usable connection, in words; null when it is. */
export function connectionProblem(value: unknown): string | null {
  const c = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof TeamConnection, unknown>>;
  if (!isText(c.url) || !/^https?:\/\/[^/]/i.test(c.url) || !URL.canParse(c.url)) return '服务器地址应为 http:// 或 https:// 开头的网址 / The server address must start with http:// or https://';
  if (!isText(c.db)) return '请填写数据库名 / The database name is missing';
  if (!isText(c.user)) return '请填写用户名 / The user name is missing';
  if (typeof c.password !== 'string' || c.password === '') return '请填写密码 / The password is missing';
  return null;
}
