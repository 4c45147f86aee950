/** Loose accessors over libpg-query's JSON parse tree (nodes are `{ NodeType: {...} }` objects). */

export type AstNode = Readonly<Record<string, unknown>>;

export function asNode(value: unknown): AstNode | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as AstNode) : undefined;
}

export function asList(value: unknown): AstNode[] {
  return Array.isArray(value) ? value.map(asNode).filter((n): n is AstNode => n !== undefined) : [];
}

/** The payload of a node wrapped as `{ Kind: payload }`, when its kind is `kind`. */
export function unwrap(node: unknown, kind: string): AstNode | undefined {
  return asNode(asNode(node)?.[kind]);
}

/** The single kind and payload of a wrapped node. */
export function kindOf(node: unknown): [string, AstNode] | undefined {
  const n = asNode(node);
  if (!n) return undefined;
  const [k] = Object.keys(n);
  const payload = k === undefined ? undefined : asNode(n[k]);
  return k !== undefined && payload ? [k, payload] : undefined;
}

/** `[{String:{sval:'pg_catalog'}},{String:{sval:'int4'}}]` → `['pg_catalog','int4']`. */
export function names(list: unknown): string[] {
  return asList(list)
    .map((n) => unwrap(n, 'String')?.['sval'])
    .filter((s): s is string => typeof s === 'string');
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A constant's value: string, number, boolean or null; undefined when not a constant. */
export function constValue(node: unknown): { value: string | number | boolean | null } | undefined {
  const c = unwrap(node, 'A_Const');
  if (!c) return undefined;
  if (c['isnull'] === true) return { value: null };
  const s = str(asNode(c['sval'])?.['sval']);
  if (s !== undefined) return { value: s };
  if (c['ival'] !== undefined) return { value: num(asNode(c['ival'])?.['ival']) ?? 0 };
  const f = str(asNode(c['fval'])?.['fval']);
  if (f !== undefined) return { value: Number(f) };
  if (c['boolval'] !== undefined) return { value: asNode(c['boolval'])?.['boolval'] === true };
  return undefined;
}

/** Maps a UTF-8 byte offset (libpg-query reports bytes) to a 1-based line and column of the text. */
export function positionOfByte(text: string, byteOffset: number): { line: number; column: number } {
  const prefix = Buffer.from(text, 'utf8').subarray(0, Math.max(0, byteOffset)).toString('utf8');
  const lastBreak = prefix.lastIndexOf('\n');
  let line = 1;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 10) line++;
  return { line, column: prefix.length - lastBreak };
}
