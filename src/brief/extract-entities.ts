import type { FactSet } from './fact-set.js';
import { addItem, addStrings, getPath, setFact, setFlag } from './fact-set.js';
import { sourceAt, type TextUnit } from './markdown-units.js';
import { pascalName } from './slug.js';

const LABELLED = /^(?:data|entities|data model|domain objects|main entities|objects)\s*:\s*(.+)$/i;
const FILE_NOTE = /\b(file|upload|attachment|image|photo|blob|document scan)s?\b/i;

/** Splits `A, B (note, more), C and D` at top-level commas and a final `and`. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts
    .flatMap((p) => p.split(/\s+and\s+(?![^(]*\))/))
    .map((p) => p.trim().replace(/^(?:and|or)\s+/i, '').replace(/[.;]$/, '').trim())
    .filter((p) => p !== '');
}

interface Named {
  readonly name: string;
  readonly note: string;
}

function parsePiece(piece: string): Named | undefined {
  const m = /^(.+?)\s*(?:\(([^)]*)\))?$/.exec(piece);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (name === '' || name.length > 100 || name.split(/\s+/).length > 4) return undefined;
  return { name: pascalName(name), note: (m[2] ?? '').trim() };
}

function entitiesOf(unit: TextUnit): { items: Named[]; description?: string } | undefined {
  const labelled = LABELLED.exec(unit.text);
  const inData = unit.section === 'data' && unit.kind !== 'heading';
  if (!labelled && !inData) return undefined;
  const body = labelled ? labelled[1]! : unit.text;
  const single = /^([^:,]{1,60}?)\s*(?:\([^)]*\))?\s*(?::|—|–| - )\s*(.+)$/.exec(body);
  if (single && !labelled) {
    const named = parsePiece(single[1]!);
    return named ? { items: [named], description: single[2]!.trim() } : undefined;
  }
  const pieces = splitList(body).map(parsePiece);
  if (pieces.length === 0 || pieces.some((p) => p === undefined)) return undefined;
  return { items: pieces as Named[] };
}

/** Entity names from a "Data" section's lists (`Organization (tenant), User, AgentTool (many-to-many)`). */
export function extractEntities(set: FactSet, units: readonly TextUnit[]): void {
  for (const unit of units) {
    const found = entitiesOf(unit);
    if (!found) continue;
    const source = sourceAt(unit);
    for (const { name, note } of found.items) {
      const entity: Record<string, unknown> = { name, description: found.description ?? note };
      if (/\btenant\b/i.test(note)) {
        entity['tenantOwned'] = false;
        setFact(set, 'tenancy.mode', 'multi', source);
        setFact(set, 'tenancy.tenantNoun', name.toLowerCase(), source);
      }
      if (/^tenant$/i.test(name)) entity['tenantOwned'] = false;
      if (FILE_NOTE.test(note)) {
        setFlag(set, 'capabilities.files.needed', source);
        addStrings(set, 'capabilities.files.kinds', [`${name.toLowerCase()}s`], source);
      }
      if (addItem(set, 'entities', 'name', entity, source)) set.weight += 1;
    }
  }
  linkJoinEntities(set);
}

/** `AgentTool (many-to-many)` joins `Agent` and `Tool`: two belongs-to relations. */
function linkJoinEntities(set: FactSet): void {
  const entities = (getPath(set.data, 'entities') as Record<string, unknown>[] | undefined) ?? [];
  const names = entities.map((e) => String(e['name']));
  for (const entity of entities) {
    const name = String(entity['name']);
    if (!/many[- ]to[- ]many|join|link/i.test(String(entity['description'] ?? ''))) continue;
    for (const a of names) {
      const b = name.startsWith(a) ? name.slice(a.length) : undefined;
      if (a !== name && b && names.includes(b)) {
        entity['relations'] = [
          { kind: 'belongs-to', target: a },
          { kind: 'belongs-to', target: b },
        ];
        break;
      }
    }
  }
}
