import type { FactSet } from './fact-set.js';
import { addItem } from './fact-set.js';
import { clientKindsIn, OFFLINE, type ClientKind } from './client-kinds.js';
import { sourceAt, type TextUnit } from './markdown-units.js';
import { COUNT, parseNumber } from './quantity.js';
import { slug } from './slug.js';

const PERSONA_CLIENTS: ReadonlySet<ClientKind> = new Set(['web', 'mobile', 'desktop', 'cli', 'api']);
const PEOPLE_COUNT = new RegExp(`(?:about|around|roughly|approximately|~)?\\s*${COUNT}\\s*(?:people|persons|users|staff|employees|members|agents|of them)?`, 'i');

interface PersonaParts {
  readonly name: string;
  readonly note: string;
  readonly description: string;
}

/** `**Name** (note): description`, `Name (note): description`, `Name — description`. */
function personaParts(unit: TextUnit): PersonaParts | undefined {
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)/.exec(unit.raw);
  let name: string;
  let rest: string;
  if (bold) {
    name = bold[1]!.replace(/[:.]$/, '').trim();
    rest = unit.text.slice(unit.text.indexOf(name) + name.length).replace(/^[:.]/, '');
  } else {
    const m = /^([^:(—–]{1,60}?)\s*(?=\(|:|—|–| - )/.exec(unit.text);
    if (!m) return undefined;
    name = m[1]!.trim();
    rest = unit.text.slice(m[0].length);
  }
  const paren = /^\s*\(([^)]*)\)/.exec(rest);
  const note = paren ? paren[1]!.trim() : '';
  const description = (paren ? rest.slice(paren[0].length) : rest).replace(/^\s*(?::|—|–|-)\s*/, '').trim();
  if (name === '' || name.split(/\s+/).length > 8) return undefined;
  return { name, note, description };
}

function countIn(note: string): number | undefined {
  for (const part of note.split(/,\s+|;\s*/)) {
    const m = PEOPLE_COUNT.exec(part.trim());
    if (m && m.index === 0) return parseNumber(m[1], m[2], m[3]);
  }
  return undefined;
}

function fromTableRow(unit: TextUnit): PersonaParts | undefined {
  const cells = unit.cells ?? [];
  const first = cells[0];
  if (!first || first.value === '') return undefined;
  const pick = (re: RegExp) => cells.slice(1).find((c) => re.test(c.header))?.value ?? '';
  const note = [pick(/count|number|how many|#|people|size/i), pick(/client|device|app|channel|platform|uses|where/i)].filter(Boolean).join(', ');
  const description = pick(/description|does|needs|goal|responsib|what|role|tasks?/i) || (cells.length > 1 ? cells[cells.length - 1]!.value : '');
  return { name: first.value, note, description };
}

/** Personas from the bullet list or table of a "Users" / "Personas" section. */
export function extractPersonas(set: FactSet, units: readonly TextUnit[]): void {
  for (const unit of units) {
    if (unit.section !== 'personas' || unit.depth > 0) continue;
    const parts = unit.kind === 'row' ? fromTableRow(unit) : unit.kind === 'item' ? personaParts(unit) : undefined;
    if (!parts) continue;
    const all = `${parts.name} (${parts.note}) ${parts.description}`;
    const count = countIn(parts.note);
    const clients = clientKindsIn(`${parts.name}, ${parts.note}, ${parts.description}`).filter((k) => PERSONA_CLIENTS.has(k));
    const persona: Record<string, unknown> = {
      id: slug(parts.name),
      name: parts.name,
      description: parts.description,
      ...(count !== undefined ? { count } : {}),
      clients,
      ...(OFFLINE.test(all) ? { offline: true } : {}),
    };
    if (addItem(set, 'personas', 'id', persona, sourceAt(unit))) set.weight += 1;
  }
}
