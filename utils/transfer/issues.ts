// Turns validation issues into messages that name the place in the file,
// e.g. `entries[3].status: 不是有效的状态`.
import type * as v from 'valibot';
import { t } from '../i18n';

/** At most this many messages are listed; one line says when there are more. */
export const MAX_MESSAGES = 20;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
  }
  return out || t('importTopLevel');
}

function pathKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function describe(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1];
  if (issue.kind === 'schema' && issue.type === 'strict_object' && last?.origin === 'key') {
    return t(issue.input === undefined ? 'importMissingField' : 'importUnknownField');
  }
  return issue.message;
}

export function issueMessages(issues: readonly v.BaseIssue<unknown>[], prefix: (string | number)[] = []): string[] {
  const shown = issues.slice(0, MAX_MESSAGES).map((issue) => `${formatPath([...prefix, ...pathKeys(issue)])}: ${describe(issue)}`);
  // Checking stops soon after this many problems, so how many more there are is not known.
  if (issues.length > MAX_MESSAGES) shown.push(t('importMoreProblems', MAX_MESSAGES));
  return shown;
}
