import type { Catalog } from '../catalog/catalog.js';
import { briefCodes } from './brief-codes.js';
import { extractCapabilities } from './extract-capabilities.js';
import { extractConstraints } from './extract-constraints.js';
import { extractDecisions } from './extract-decisions.js';
import { extractEntities } from './extract-entities.js';
import { extractIntegrations } from './extract-integrations.js';
import { extractPersonas } from './extract-personas.js';
import { extractQuality } from './extract-quality.js';
import { extractRequirements } from './extract-requirements.js';
import { extractScale } from './extract-scale.js';
import { extractTenancy } from './extract-tenancy.js';
import { newFactSet, setFact, type FactSet } from './fact-set.js';
import { markdownUnits, sourceAt, type TextUnit } from './markdown-units.js';

function overview(set: FactSet, units: readonly TextUnit[]): void {
  const title = units.find((u) => u.kind === 'heading' && u.depth === 1);
  if (title) {
    const name = title.text.split(/\s+[—–-]\s+|:\s+/)[0]!.trim();
    if (name) set.data['name'] = name;
    set.provenance.set('name', sourceAt(title));
  }
  const intro = units.find((u) => u.kind === 'paragraph' && u.section === 'intro');
  if (intro) {
    set.data['summary'] = intro.text;
    set.provenance.set('summary', sourceAt(intro));
  }
}

/**
 * Reads one Markdown requirement document into facts, each with the line it came from. Extraction
 * is phrase- and pattern-based and never depends on the document's name or title.
 *
 * @example
 * // "- 20,000 registered users, 300 concurrent users at peak." (line 32)
 * // → scale.registeredUsers = 20000, scale.concurrentUsers = 300, both stated at line 32
 */
export function readMarkdownBrief(file: string, text: string, catalog: Catalog): FactSet {
  const set = newFactSet(file);
  const units = markdownUnits(file, text);
  overview(set, units);
  extractPersonas(set, units);
  extractRequirements(set, units);
  extractEntities(set, units);
  extractScale(set, units);
  extractTenancy(set, units);
  extractQuality(set, units);
  extractCapabilities(set, units);
  extractIntegrations(set, units, catalog);
  extractConstraints(set, units, catalog);
  extractDecisions(set, units, catalog);
  personalData(set, units);
  const facts = [...set.provenance.keys()].filter((k) => k !== 'name' && k !== 'summary');
  if (facts.length === 0 && !/```/.test(text)) {
    set.issues.push(briefCodes.issue('BRIEF_NOTHING_UNDERSTOOD', `${file} gave no requirements, users, scale, quality or constraints`, { file, line: 1 }));
  }
  if (set.data['tenancy'] && (set.data['tenancy'] as Record<string, unknown>)['mode'] === undefined && (set.data['tenancy'] as Record<string, unknown>)['tenants'] !== undefined) {
    setFact(set, 'tenancy.mode', 'multi', set.provenance.get('tenancy.tenants')!);
  }
  return set;
}

/** "Personal data of customers is handled under GDPR" → the records of customers hold personal data. */
function personalData(set: FactSet, units: readonly TextUnit[]): void {
  for (const unit of units) {
    for (const m of unit.text.matchAll(/\bpersonal data of (?:our |the |all )?([a-z]+)\b|\b([a-z]+)'s? personal data\b/gi)) {
      set.personalDataOf.push((m[1] ?? m[2]!).toLowerCase());
    }
  }
}
