// First checks on an imported file, before the schema: size, JSON syntax,
// and keys that could reach an object's prototype.
import { FORBIDDEN_KEYS } from './limits';
import { formatPath } from './issues';
import { errorText } from '../error-text';
import { t } from '../i18n';

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: string[] };

function sizeText(chars: number): string {
  return chars >= 1_000_000 ? `${Math.round(chars / 100_000) / 10} MB` : `${Math.ceil(chars / 1000)} KB`;
}

/** The refusal for a file of `size` (characters, or bytes before reading: never fewer than its characters). */
export function sizeProblem(size: number, maxChars: number): string | null {
  return size > maxChars ? t('importTooLarge', sizeText(size), sizeText(maxChars)) : null;
}

interface Node {
  value: object;
  key: string | number;
  parent: Node | null;
}

function pathOf(node: Node | null, last: string): string {
  const keys: (string | number)[] = [last];
  for (let n = node; n?.parent; n = n.parent) keys.unshift(n.key);
  return formatPath(keys);
}

/** The first forbidden key found anywhere in the value, as a path. Iterative: nesting depth cannot overflow the stack. */
function forbiddenKeyPath(root: object): string | null {
  const stack: Node[] = [{ value: root, key: '', parent: null }];
  while (stack.length) {
    const node = stack.pop()!;
    const { value } = node;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item !== null && typeof item === 'object') stack.push({ value: item, key: i, parent: node });
      });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return pathOf(node, key);
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, key, parent: node });
    }
  }
  return null;
}

/** Parses the text as JSON and checks that it is an object of the expected `format` and version 1. */
export function readJsonFile(text: string, format: string, maxChars: number): Parsed<Record<string, unknown>> {
  const tooLarge = sizeProblem(text.length, maxChars);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, errors: [t('importEmpty')] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = errorText(error);
    return { ok: false, errors: [t('importNotJson', detail)] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [t('importNotObject')] };
  }
  const record = value as Record<string, unknown>;
  if (record.format !== format) {
    const hint =
      record.format === 'forumwatch-settings' ? t('importIsSettings') : record.format === 'forumwatch-backup' ? t('importIsBackup') : '';
    return { ok: false, errors: [`format: ${t('importWrongFormat', format)}${hint}`] };
  }
  if (record.version !== 1) {
    return { ok: false, errors: [`version: ${t('importWrongVersion', JSON.stringify(record.version) ?? t('importMissing'))}`] };
  }
  const bad = forbiddenKeyPath(record);
  if (bad) return { ok: false, errors: [`${bad}: ${t('importForbiddenKey')}`] };
  return { ok: true, data: record };
}
