import type { Technology } from '../catalog/catalog.js';
import type { Decision, DecisionArea, DecisionOption, Driver, Risk } from '../model/decision.js';
import type { RuleContext } from './rule-context.js';

export interface DecisionParts {
  readonly title: string;
  readonly choice: string;
  readonly technologies?: readonly string[];
  readonly context: string;
  readonly options: readonly DecisionOption[];
  readonly drivers: readonly Driver[];
  readonly rationale: string;
  readonly positive?: readonly string[];
  readonly negative?: readonly string[];
  readonly risks?: readonly Risk[];
  readonly requirementIds?: readonly string[];
  readonly details?: Decision['details'];
  readonly confirmation?: readonly string[];
  /** True when the brief itself demands this choice (e.g. a required isolation model). */
  readonly given?: boolean;
}

export function decision(area: DecisionArea, parts: DecisionParts): Decision {
  return {
    kind: 'decision',
    id: area,
    area,
    title: parts.title,
    status: parts.given ? 'given' : 'accepted',
    choice: parts.choice,
    technologies: unique(parts.technologies ?? []),
    context: parts.context,
    options: parts.options,
    drivers: parts.drivers,
    rationale: parts.rationale,
    consequences: { positive: parts.positive ?? [], negative: parts.negative ?? [], risks: parts.risks ?? [] },
    requirementIds: [...new Set(parts.requirementIds ?? [])].sort(compareIds),
    details: parts.details ?? {},
    confirmation: parts.confirmation ?? [],
  };
}

export function notApplicable(area: DecisionArea, title: string, reason: string, drivers: readonly Driver[] = []): Decision {
  return {
    ...decision(area, { title, choice: 'Not applicable', context: reason, options: [], drivers, rationale: reason }),
    status: 'not-applicable',
    notApplicableReason: reason,
  };
}

/** A driver citing a brief fact, with the text it was read from when the brief stage recorded it. */
export function fact(ctx: RuleContext, path: string, text: string): Driver {
  const prov = ctx.understood.provenance[path];
  if (prov?.kind === 'assumed') return { kind: 'assumption', ref: path, text: `${text} (assumed: ${prov.reason})` };
  return { kind: 'fact', ref: path, text, ...(prov?.kind === 'stated' ? { source: prov.source } : {}) };
}

export function requirementDriver(ctx: RuleContext, id: string, text: string): Driver {
  const prov = ctx.understood.provenance[`requirements.${id}`];
  return { kind: 'requirement', ref: id, text, ...(prov?.kind === 'stated' ? { source: prov.source } : {}) };
}

export function earlierDriver(ref: DecisionArea, text: string): Driver {
  return { kind: 'decision', ref, text };
}

export function capacityDriver(ref: string, text: string): Driver {
  return { kind: 'capacity', ref, text };
}

export function assumptionDriver(ref: string, text: string): Driver {
  return { kind: 'assumption', ref, text };
}

export function option(id: string, name: string, chosen: boolean, pros: readonly string[], cons: readonly string[]): DecisionOption {
  return { id, name, pros, cons, chosen };
}

/** An option for a catalog technology: its description as the first pro, plus the rule's own points. */
export function techOption(tech: Technology, chosen: boolean, pros: readonly string[] = [], cons: readonly string[] = []): DecisionOption {
  return option(tech.id, tech.name, chosen, [tech.description, ...pros], cons);
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Natural order of ids (FR-2 before FR-10); one collator, as `localeCompare` with options builds one per call. */
const ID_ORDER = new Intl.Collator('en', { numeric: true });

function compareIds(a: string, b: string): number {
  return ID_ORDER.compare(a, b);
}
