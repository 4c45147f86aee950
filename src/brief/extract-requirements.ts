import type { FactSet } from './fact-set.js';
import { addItem, getPath, where } from './fact-set.js';
import { briefCodes } from './brief-codes.js';
import { sourceAt, type TextUnit } from './markdown-units.js';

/** `FR-1`, `NFR-2`, `REQ-10`, `US-3`, `UC-1`, `BR-4`, `R-7` (also `FR1`, `FR 1`, `FR-1.2`). */
const REQUIREMENT = /^((?:FR|NFR|REQ|US|UC|BR|QR|SR|R)[- ]?\d+(?:\.\d+)*)\s*(?:[:.)—–]|\s-)\s*(.+)$/i;
const ID_ONLY = /^((?:FR|NFR|REQ|US|UC|BR|QR|SR|R)[- ]?\d+(?:\.\d+)*)$/i;

function normaliseId(id: string): string {
  return id.toUpperCase().replace(/\s+/, '-');
}

function kindOf(id: string, unit: TextUnit): 'functional' | 'non-functional' {
  return /^(NFR|QR)/i.test(id) || unit.section === 'nfr' ? 'non-functional' : 'functional';
}

function fromRow(unit: TextUnit): { id: string; text: string } | undefined {
  const cells = unit.cells ?? [];
  const idCell = cells.find((c) => ID_ONLY.test(c.value.trim()));
  if (!idCell) return undefined;
  const textCell =
    cells.find((c) => c !== idCell && /requirement|description|story|text|statement|what/i.test(c.header)) ??
    cells.find((c) => c !== idCell && c.value.length > 0);
  return textCell ? { id: idCell.value.trim(), text: textCell.value.trim() } : undefined;
}

/** Requirements written with an id, as list items, paragraphs or table rows; text joined as written. */
export function extractRequirements(set: FactSet, units: readonly TextUnit[]): void {
  for (const unit of units) {
    if (unit.kind === 'heading') continue;
    let found: { id: string; text: string } | undefined;
    if (unit.kind === 'row') found = fromRow(unit);
    else {
      const m = REQUIREMENT.exec(unit.text);
      if (m) found = { id: m[1]!, text: m[2]!.trim() };
    }
    if (!found || found.text === '') continue;
    const id = normaliseId(found.id);
    const source = sourceAt(unit);
    const list = (getPath(set.data, 'requirements') as { id: string; text: string }[] | undefined) ?? [];
    const earlier = list.find((r) => r.id === id);
    if (earlier && earlier.text !== found.text) {
      const first = set.provenance.get(`requirements.${id}`);
      set.issues.push(
        briefCodes.issue('BRIEF_CONTRADICTION', `requirement ${id} is written twice with different text${first ? ` (first at ${where(first)})` : ''}`, {
          file: source.file,
          line: source.line,
          path: `requirements.${id}`,
        }, 'Give each requirement its own id, or keep one text for the id.'),
      );
      continue;
    }
    if (addItem(set, 'requirements', 'id', { id, text: found.text, kind: kindOf(id, unit) }, source)) set.weight += 1;
  }
}
