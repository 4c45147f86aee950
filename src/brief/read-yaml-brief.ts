import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { IssueLocation } from '../errors/issue.js';
import type { SourceRef } from '../model/source.js';
import { briefCodes } from './brief-codes.js';
import { briefSchema } from './brief-schema.js';
import { newFactSet, type FactSet } from './fact-set.js';
import { findUnknownKeys } from './unknown-keys.js';
import { LIST_ITEM_KEYS } from './list-item-keys.js';
import { readPositionedYaml, type PositionedYaml } from './positioned-yaml.js';

/** The brief schema with `name` optional (a file may leave it to another input); built and compiled once. */
let partialSchema: ReturnType<typeof briefSchema.partial<{ name: true }>> | undefined;
function partialBrief() {
  partialSchema ??= briefSchema.partial({ name: true });
  return partialSchema;
}

interface Located {
  readonly file: string;
  readonly lines: readonly string[];
  readonly counter: LineCounter;
}

function locate(loc: Located, offset: number | undefined): SourceRef {
  const pos = loc.counter.linePos(offset ?? 0);
  return { file: loc.file, line: pos.line, column: pos.col, text: (loc.lines[pos.line - 1] ?? '').trim() };
}

/** A LineCounter over the whole text (the one `yaml` fills while parsing, filled here without it). */
function countLines(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

function toLocation(ref: SourceRef, path?: string): IssueLocation {
  return { file: ref.file, line: ref.line, ...(ref.column ? { column: ref.column } : {}), ...(path ? { path } : {}) };
}

/** The node at a path, or the deepest existing ancestor; with the key node when the path ends at a map key. */
function nodeAt(doc: Document, path: readonly (string | number)[], wantKey = false): Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return node as Node;
      if (wantKey && i === path.length - 1) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) return node as Node;
      node = item;
    } else return node as Node | undefined;
  }
  return node as Node | undefined;
}

function recordProvenance(set: FactSet, loc: Located, node: unknown, path: string): void {
  if (path === 'answers' || path === 'drafts') {
    set.provenance.set(path, locate(loc, (node as Node | undefined)?.range?.[0]));
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const child = path ? `${path}.${key}` : key;
      if (isScalar(pair.value) || pair.value === null) set.provenance.set(child, locate(loc, (pair.key as Node).range?.[0]));
      recordProvenance(set, loc, pair.value, child);
    }
  } else if (isSeq(node)) {
    set.provenance.set(path, locate(loc, node.range?.[0]));
    const keyField = LIST_ITEM_KEYS[path];
    for (const item of node.items) {
      const ref = locate(loc, (item as Node | undefined)?.range?.[0]);
      if (keyField && isMap(item)) {
        const key = item.get(keyField);
        if (key !== undefined) set.provenance.set(`${path}.${String(key)}`, ref);
      } else if (isScalar(item)) set.provenance.set(`${path}.${String(item.value)}`, ref);
    }
  }
}

/** The same provenance as `recordProvenance`, from the offsets of a document read by js-yaml. */
function recordPositionedProvenance(set: FactSet, loc: Located, doc: PositionedYaml, value: unknown, offset: number | undefined, path: string): void {
  if (path === 'answers' || path === 'drafts') {
    set.provenance.set(path, locate(loc, offset));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const seq = doc.seqOffsets(value)!;
    set.provenance.set(path, locate(loc, seq.start));
    const keyField = LIST_ITEM_KEYS[path];
    value.forEach((item: unknown, i) => {
      const ref = locate(loc, seq.items[i]);
      if (keyField && item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const key = (item as Record<string, unknown>)[keyField];
        if (key !== undefined && Object.hasOwn(item, keyField)) set.provenance.set(`${path}.${String(key)}`, ref);
      } else if (item === null || typeof item !== 'object') set.provenance.set(`${path}.${String(item)}`, ref);
    });
    return;
  }
  const offsets = doc.keyOffsets(value)!;
  for (const [key, at] of offsets) {
    const child = path ? `${path}.${key}` : key;
    const v = (value as Record<string, unknown>)[key];
    if (v === null || typeof v !== 'object') set.provenance.set(child, locate(loc, at.key));
    recordPositionedProvenance(set, loc, doc, v, at.value, child);
  }
}

/**
 * The fast path of `readYamlBrief`: a brief js-yaml reads within the covered subset and that has no
 * issue at all. `undefined` sends the text to `yaml`, which also words every error.
 */
function readCleanBrief(file: string, text: string): FactSet | undefined {
  const doc = readPositionedYaml(text);
  if (!doc) return undefined;
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  // The keys of list items must be scalars to name them the way `yaml` does.
  for (const [path, field] of Object.entries(LIST_ITEM_KEYS)) {
    const list = path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined), data);
    if (Array.isArray(list) && list.some((item) => item !== null && typeof item === 'object' && !Array.isArray(item) && typeof (item as Record<string, unknown>)[field] === 'object' && (item as Record<string, unknown>)[field] !== null)) return undefined;
  }
  if (data['answers'] === null && doc.keyOffsets(data)?.get('answers')?.value === undefined) return undefined; // `answers:` alone: `yaml` places its empty value itself
  const set = newFactSet(file, true);
  const loc: Located = { file, lines: text.split('\n'), counter: countLines(text) };
  recordPositionedProvenance(set, loc, doc, data, doc.rootOffset, '');
  // `answers:` followed only by commented-out answers (as `archway brief` writes it) means no answers yet.
  if (data['answers'] === null) delete data['answers'];
  if (findUnknownKeys(briefSchema, data).length > 0) return undefined;
  if (!partialBrief().safeParse(data).success) return undefined;
  Object.assign(set.data, data);
  return set;
}

/**
 * Reads a structured brief (YAML or JSON). Syntax errors, unknown keys (with "did you mean") and
 * values of the wrong type are issues at file:line:column; the facts keep their line as provenance.
 */
export function readYamlBrief(file: string, text: string): FactSet {
  return readCleanBrief(file, text) ?? readYamlBriefWithYaml(file, text);
}

/** `readYamlBrief` through `yaml`'s document tree: slower, with the location of every error. */
export function readYamlBriefWithYaml(file: string, text: string): FactSet {
  const set = newFactSet(file, true);
  const counter = new LineCounter();
  const loc: Located = { file, lines: text.split('\n'), counter };
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors.slice(0, 5)) {
      const ref = locate(loc, err.pos[0]);
      set.issues.push(briefCodes.issue('BRIEF_YAML_SYNTAX', err.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, ''), toLocation(ref)));
    }
    return set;
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    set.issues.push(briefCodes.issue('BRIEF_NOT_A_MAPPING', `${file} holds ${Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`}, not a brief`, { file, line: 1, column: 1 }));
    return set;
  }
  // `answers:` followed only by commented-out answers (as `archway brief` writes it) means no answers yet.
  if ((value as Record<string, unknown>)['answers'] === null) delete (value as Record<string, unknown>)['answers'];
  for (const unknown of findUnknownKeys(briefSchema, value)) {
    const ref = locate(loc, nodeAt(doc, [...unknown.path, unknown.key], true)?.range?.[0]);
    const where = unknown.path.length > 0 ? ` in ${unknown.path.join('.')}` : '';
    const hint = unknown.suggestion ? `did you mean \`${unknown.suggestion}\`?` : `known keys${where}: ${unknown.known.join(', ')}`;
    set.issues.push(briefCodes.issue('BRIEF_UNKNOWN_KEY', `unknown key \`${unknown.key}\`${where}`, toLocation(ref, [...unknown.path, unknown.key].join('.')), hint));
  }
  const parsed = partialBrief().safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const ref = locate(loc, nodeAt(doc, path)?.range?.[0]);
      set.issues.push(briefCodes.issue('BRIEF_INVALID_VALUE', `${path.join('.') || 'brief'}: ${issue.message}`, toLocation(ref, path.join('.'))));
    }
  }
  Object.assign(set.data, value);
  recordProvenance(set, loc, doc.contents, '');
  return set;
}
