import type { ArchitectureModel } from '../model/architecture.js';
import type { Decision, DecisionArea } from '../model/decision.js';

/** Read-only questions renderers ask of the model; none of them decides anything. */
export function applicableDecisions(model: ArchitectureModel): Decision[] {
  return model.decisions.filter((d) => d.status !== 'not-applicable');
}

export function notApplicableDecisions(model: ArchitectureModel): Decision[] {
  return model.decisions.filter((d) => d.status === 'not-applicable');
}

export function findDecision(model: ArchitectureModel, id: DecisionArea | string): Decision | undefined {
  return model.decisions.find((d) => d.id === id);
}

/** The decision's choice, or `—` when the model has no such applicable decision. */
export function choiceOf(model: ArchitectureModel, id: DecisionArea): string {
  const d = findDecision(model, id);
  return d && d.status !== 'not-applicable' ? d.choice : '—';
}

/** Display name of any element id: person, external system, container, component. */
export function elementName(model: ArchitectureModel, id: string): string {
  return (
    model.people.find((p) => p.id === id)?.name ??
    model.externalSystems.find((s) => s.id === id)?.name ??
    model.containers.find((c) => c.id === id)?.name ??
    model.components.find((c) => c.id === id)?.name ??
    id
  );
}

/** `ADR-003` for a decision with an ADR, otherwise the decision id. */
export function adrLabel(decision: Decision): string {
  return decision.adr ? `ADR-${String(decision.adr.number).padStart(3, '0')}` : decision.id;
}

/** A Markdown link to the decision's ADR, relative to `fromDir` (`docs` or `docs/adr`), or the bare id. */
export function adrLink(model: ArchitectureModel, id: string, fromDir: 'root' | 'docs' | 'docs/adr'): string {
  const d = findDecision(model, id);
  if (!d?.adr) return id;
  const file = d.adr.file;
  const rel = fromDir === 'root' ? file : fromDir === 'docs' ? file.replace(/^docs\//, '') : file.replace(/^docs\/adr\//, '');
  return `[${adrLabel(d)}](${rel})`;
}

export function recommendedOption(model: ArchitectureModel) {
  return model.deployment.find((o) => o.recommended) ?? model.deployment[0];
}
