import type { ArchwayIssue } from '../errors/issue.js';
import type { SourceRef } from '../model/source.js';
import { briefCodes } from './brief-codes.js';

/**
 * The facts one input gave: a partial brief (plain nested data) plus where each fact was stated.
 * Provenance keys are brief paths (`scale.concurrentUsers`) or list keys (`requirements.FR-4`).
 */
export interface FactSet {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly provenance: Map<string, SourceRef>;
  readonly issues: ArchwayIssue[];
  /** Plural nouns whose records hold personal data ("personal data of customers"). */
  readonly personalDataOf: string[];
  /** How much this input says about the system; picks the name and summary when files differ. */
  weight: number;
  /** True for structured briefs: their name and summary win over prose. */
  readonly structured: boolean;
}

export function newFactSet(file: string, structured = false): FactSet {
  return { file, data: {}, provenance: new Map(), issues: [], personalDataOf: [], weight: 0, structured };
}

type Obj = Record<string, unknown>;

function parentOf(root: Obj, path: string): { obj: Obj; key: string } {
  const parts = path.split('.');
  let obj = root;
  for (const part of parts.slice(0, -1)) {
    const next = obj[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) obj[part] = {};
    obj = obj[part] as Obj;
  }
  return { obj, key: parts[parts.length - 1]! };
}

export function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Obj)[part];
  }
  return cur;
}

export function setPath(root: Obj, path: string, value: unknown): void {
  const { obj, key } = parentOf(root, path);
  obj[key] = value;
}

export function where(source: SourceRef): string {
  return `${source.file}:${source.line}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** States a single-valued fact; a different value stated earlier in the same input is a contradiction. */
export function setFact(set: FactSet, path: string, value: unknown, source: SourceRef): void {
  const existing = getPath(set.data, path);
  if (existing !== undefined) {
    if (!sameValue(existing, value)) {
      const first = set.provenance.get(path);
      set.issues.push(
        briefCodes.issue(
          'BRIEF_CONTRADICTION',
          `${path} is ${JSON.stringify(existing)}${first ? ` at ${where(first)}` : ''} but ${JSON.stringify(value)} at ${where(source)}`,
          { file: source.file, line: source.line, ...(source.column ? { column: source.column } : {}), path },
        ),
      );
    }
    return;
  }
  setPath(set.data, path, value);
  set.provenance.set(path, source);
}

/** Sets a boolean capability to true (flags only ever switch on); the first statement is the source. */
export function setFlag(set: FactSet, path: string, source: SourceRef): void {
  if (getPath(set.data, path) === true) return;
  setPath(set.data, path, true);
  set.provenance.set(path, source);
}

/** Adds strings to a list, keeping order and dropping duplicates. */
export function addStrings(set: FactSet, path: string, values: readonly string[], source: SourceRef): void {
  const existing = getPath(set.data, path);
  const list = Array.isArray(existing) ? (existing as string[]) : [];
  let added = false;
  for (const v of values) {
    if (!list.includes(v)) {
      list.push(v);
      added = true;
    }
  }
  setPath(set.data, path, list);
  if (added && !set.provenance.has(path)) set.provenance.set(path, source);
  if (added) for (const v of values) if (!set.provenance.has(`${path}.${v}`)) set.provenance.set(`${path}.${v}`, source);
}

/** Adds an item to a keyed list (`personas` by `id`, `entities` by `name`); the first item with a key wins. */
export function addItem(set: FactSet, path: string, keyField: string, item: Obj, source: SourceRef): boolean {
  const existing = getPath(set.data, path);
  const list = Array.isArray(existing) ? (existing as Obj[]) : [];
  const key = String(item[keyField]);
  setPath(set.data, path, list);
  if (list.some((i) => String(i[keyField]).toLowerCase() === key.toLowerCase())) return false;
  list.push(item);
  set.provenance.set(`${path}.${key}`, source);
  return true;
}
