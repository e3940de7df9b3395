// JSON text that depends only on the data, never on the order in which an
// object's keys happen to have been created: keys are written sorted.

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) out[key] = source[key];
  return out;
}

/** One line. */
export const canonicalLine = (value: unknown): string => JSON.stringify(value, sortedKeys);

/** Indented by two spaces, nested lines shifted by `indent`. */
export function canonicalBlock(value: unknown, indent = ''): string {
  return JSON.stringify(value, sortedKeys, 2).replace(/\n/g, `\n${indent}`);
}

/** A JSON array with one item per line. */
export function canonicalList(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `${indent}  ${canonicalLine(item)}`).join(',\n')}\n${indent}]`;
}
