/**
 * Template placeholders.
 *
 * A placeholder is a name in braces, e.g. `{网民}`. Full-width braces and colons
 * (`｛网民｝`, `{自定义：路段}`), which a Chinese input method types, work the same.
 *
 * Built-in names, filled from the ledger entry and settings:
 *   {网民} post author   {标题} thread title   {链接} post link
 *   {日期} today, e.g. 11月24日   {发帖日期} the day of the post
 *   {部门} responsible department   {电话} its phone   {经办人} person handling it
 *
 * `{自定义:字段名}` is a custom field: its value is typed by the user when inserting.
 *
 * Any other name in braces is left as written and reported as unfilled, so a typo
 * never slips into a posted reply unnoticed.
 */
import type { LedgerEntry } from '../ledger/types';
import type { Settings, StaffMember } from '../settings/types';
import { toWall } from '../time/shanghai';

export const BUILTIN_VARIABLES = ['网民', '标题', '链接', '日期', '发帖日期', '部门', '电话', '经办人'] as const;
export type BuiltinVariable = (typeof BUILTIN_VARIABLES)[number];

export type TemplateContext = Partial<Record<BuiltinVariable, string>>;

export interface TemplateVariable {
  kind: 'builtin' | 'custom' | 'unknown';
  /** The built-in name, the custom field's name, or what was written in braces. */
  name: string;
  /** Canonical spelling, e.g. `{网民}` or `{自定义:路段}`. */
  token: string;
}

export interface PlaceholderMatch extends TemplateVariable {
  index: number;
  /** Length of the placeholder as written in the text. */
  length: number;
}

const PLACEHOLDER = /[{｛]\s*([^{}｛｝\n]{1,30}?)\s*[}｝]/g;
const CUSTOM = /^自定义\s*[:：]\s*(.+)$/;

function classify(inner: string): TemplateVariable {
  const customName = CUSTOM.exec(inner)?.[1];
  if (customName !== undefined) {
    const name = customName.trim();
    return { kind: 'custom', name, token: `{自定义:${name}}` };
  }
  if ((BUILTIN_VARIABLES as readonly string[]).includes(inner)) {
    return { kind: 'builtin', name: inner, token: `{${inner}}` };
  }
  return { kind: 'unknown', name: inner, token: `{${inner}}` };
}

/** Every placeholder in `text`, in order, with its position. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ ...classify(m[1] ?? ''), index: m.index, length: m[0].length }));
}

/** The distinct placeholders of a template body, in order of first use. */
export function listVariables(body: string): TemplateVariable[] {
  const seen = new Map<string, TemplateVariable>();
  for (const { kind, name, token } of findPlaceholders(body)) {
    if (!seen.has(token)) seen.set(token, { kind, name, token });
  }
  return [...seen.values()];
}

export interface FilledTemplate {
  text: string;
  /** Canonical tokens still in `text` because no value was given. */
  unfilled: string[];
}

/**
 * Replaces the placeholders of `body`. A blank value counts as missing: the
 * placeholder stays in the text and its token is listed in `unfilled`.
 */
export function fillTemplate(body: string, context: TemplateContext, custom: Record<string, string> = {}): FilledTemplate {
  const unfilled = new Set<string>();
  const text = body.replace(PLACEHOLDER, (written: string, inner: string) => {
    const variable = classify(inner);
    const value =
      variable.kind === 'builtin'
        ? context[variable.name as BuiltinVariable]
        : variable.kind === 'custom'
          ? custom[variable.name]
          : undefined;
    if (value === undefined || value.trim() === '') {
      unfilled.add(variable.token);
      return written;
    }
    return value;
  });
  return { text, unfilled: [...unfilled] };
}

/** `11月24日`, with the year in front when it is not the current Shanghai year. */
export function formatChineseDate(instant: Date, now: Date): string {
  const w = toWall(instant);
  const md = `${w.month}月${w.day}日`;
  return w.year === toWall(now).year ? md : `${w.year}年${md}`;
}

export interface ContextOptions {
  now: Date;
  user: Settings['user'];
  staff: StaffMember[];
}

/**
 * The person to name for a department: the current user when they belong to it,
 * otherwise its first registered member (an official account first).
 */
function contactFor(department: string, user: Settings['user'], staff: StaffMember[]): { person: string | null; phone: string | null } {
  const members = staff.filter((m) => m.department === department);
  const own = members.find((m) => m.person === user.name);
  const chosen = own ?? members.find((m) => m.official) ?? members[0];
  const person = own?.person ?? (user.department === department ? user.name : (chosen?.person ?? null));
  const phone = chosen?.phone || members.find((m) => m.phone)?.phone || null;
  return { person, phone };
}

/** Values for the built-in placeholders from a ledger entry and the settings. */
export function buildContext(entry: Partial<LedgerEntry>, opts: ContextOptions): TemplateContext {
  const department = entry.department || opts.user.department;
  const { person, phone } = contactFor(department, opts.user, opts.staff);
  const context: TemplateContext = {
    日期: formatChineseDate(opts.now, opts.now),
    部门: department,
  };
  if (entry.author) context.网民 = entry.author;
  if (entry.title) context.标题 = entry.title;
  if (entry.url) context.链接 = entry.url;
  if (entry.postedAt) context.发帖日期 = formatChineseDate(new Date(entry.postedAt), opts.now);
  if (phone) context.电话 = phone;
  if (person) context.经办人 = person;
  return context;
}
