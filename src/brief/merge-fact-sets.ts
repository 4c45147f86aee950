import type { ArchwayIssue } from '../errors/issue.js';
import type { SourceRef } from '../model/source.js';
import { briefCodes } from './brief-codes.js';
import { where, sameValue, type FactSet } from './fact-set.js';
import { LIST_ITEM_KEYS } from './list-item-keys.js';

type Obj = Record<string, unknown>;

interface MergeState {
  readonly provenance: Map<string, SourceRef>;
  readonly issues: ArchwayIssue[];
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function contradiction(state: MergeState, path: string, a: unknown, b: unknown, bSet: FactSet): void {
  const first = state.provenance.get(path);
  const second = bSet.provenance.get(path);
  state.issues.push(
    briefCodes.issue(
      'BRIEF_CONTRADICTION',
      `${path} is ${JSON.stringify(a)}${first ? ` at ${where(first)}` : ''} but ${JSON.stringify(b)}${second ? ` at ${where(second)}` : ` in ${bSet.file}`}`,
      second ? { file: second.file, line: second.line, ...(second.column ? { column: second.column } : {}), path } : { file: bSet.file, path },
    ),
  );
}

function mergeList(state: MergeState, path: string, target: unknown[], incoming: unknown[], set: FactSet): void {
  const keyField = LIST_ITEM_KEYS[path];
  for (const item of incoming) {
    if (keyField && isObj(item)) {
      const key = String(item[keyField]).toLowerCase();
      const earlier = target.find((t) => isObj(t) && String(t[keyField]).toLowerCase() === key) as Obj | undefined;
      if (!earlier) target.push(structuredClone(item));
      else if (path === 'requirements' && earlier['text'] !== item['text']) contradiction(state, `requirements.${String(item[keyField])}`, earlier['text'], item['text'], set);
    } else if (!target.some((t) => sameValue(t, item))) target.push(structuredClone(item));
  }
}

function mergeInto(state: MergeState, target: Obj, incoming: Obj, set: FactSet, prefix: string): void {
  for (const [key, value] of Object.entries(incoming)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!prefix && (key === 'name' || key === 'summary')) continue;
    const existing = target[key];
    if (existing === undefined) target[key] = structuredClone(value);
    else if (Array.isArray(existing) && Array.isArray(value)) mergeList(state, path, existing, value, set);
    else if (isObj(existing) && isObj(value)) mergeInto(state, existing, value, set, path);
    else if (typeof existing === 'boolean' && typeof value === 'boolean') target[key] = existing || value;
    else if (!sameValue(existing, value)) contradiction(state, path, existing, value, set);
  }
}

/**
 * Merges the facts of several inputs into one: lists are concatenated without duplicates, flags
 * switch on, and a single-valued fact stated differently in two files is a contradiction naming both.
 * The name and summary come from a structured brief, else from the document that says the most.
 */
export function mergeFactSets(sets: readonly FactSet[]): { data: Obj; provenance: Map<string, SourceRef>; issues: ArchwayIssue[] } {
  const state: MergeState = { provenance: new Map(), issues: [] };
  const data: Obj = {};
  for (const set of sets) {
    mergeInto(state, data, set.data, set, '');
    for (const [k, v] of set.provenance) if (!state.provenance.has(k) && k !== 'name' && k !== 'summary') state.provenance.set(k, v);
  }
  const ranked = [...sets].sort((a, b) => Number(b.structured) - Number(a.structured) || b.weight - a.weight);
  for (const key of ['name', 'summary'] as const) {
    const from = ranked.find((s) => typeof s.data[key] === 'string' && s.data[key] !== '');
    if (!from) continue;
    data[key] = from.data[key];
    const ref = from.provenance.get(key);
    if (ref) state.provenance.set(key, ref);
  }
  return { data, provenance: state.provenance, issues: state.issues };
}
