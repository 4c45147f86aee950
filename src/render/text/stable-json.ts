/**
 * JSON with object keys sorted at every level, two-space indented, ending with a newline: byte for
 * byte `JSON.stringify` of the value with its keys sorted, written in one pass instead of copying
 * the value first (`architecture.json` of a large system is over a megabyte).
 */
export function stableJson(value: unknown): string {
  return `${write(value, '') ?? 'undefined'}\n`;
}

/** A key JavaScript objects order before all others, numerically (an array index). */
const ARRAY_INDEX = /^(?:0|[1-9][0-9]{0,9})$/;

/** Sorted keys in the order an object built in that order iterates them: array indices first. */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj).sort();
  if (!keys.some((k) => ARRAY_INDEX.test(k) && Number(k) < 4294967295)) return keys;
  const isIndex = (k: string) => ARRAY_INDEX.test(k) && Number(k) < 4294967295;
  return [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))];
}

/** `value` as `JSON.stringify(value, null, 2)` writes it at `indent`, or `undefined` where JSON has no value. */
function write(value: unknown, indent: string): string | undefined {
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean': return value ? 'true' : 'false';
    case 'bigint': return JSON.stringify(value); // throws, as JSON.stringify does
    case 'object': {
      if (value === null) return 'null';
      const inner = `${indent}  `;
      if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        let out = `[\n${inner}`;
        for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : `,\n${inner}`}${write(value[i], inner) ?? 'null'}`;
        return `${out}\n${indent}]`;
      }
      let out = '';
      for (const key of sortedKeys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined) continue;
        const text = write(v, inner);
        if (text === undefined) continue;
        out += `${out === '' ? `{\n${inner}` : `,\n${inner}`}${JSON.stringify(key)}: ${text}`;
      }
      return out === '' ? '{}' : `${out}\n${indent}}`;
    }
    default: return undefined;
  }
}
