import type { ArchitectureModel } from '../../model/architecture.js';
import type { Decision, Driver } from '../../model/decision.js';
import { adrLink } from '../model-lookup.js';
import { bullets, mdInline, mdTable } from '../text/markdown.js';

/** One decision in the narrative's order: context → constraints → options → rationale → decision. */
export function decisionNarrative(model: ArchitectureModel, d: Decision, heading = '###'): string {
  if (d.status === 'not-applicable') {
    return `${heading} ${mdInline(d.title)}\n\nNot applicable: ${mdInline(d.notApplicableReason ?? 'no requirement calls for it.')}`;
  }
  const options = d.options.map((o) => [
    o.chosen ? `**${o.name}** (chosen)` : o.name,
    o.pros.join('; ') || '—',
    o.cons.join('; ') || '—',
  ]);
  return [
    `${heading} ${mdInline(d.title)}`,
    `**Decision:** ${mdInline(d.choice)} — ${d.status}, ${adrLink(model, d.id, 'docs')}.`,
    d.context && `**Context.** ${mdInline(d.context)}`,
    d.drivers.length > 0 && `**Constraints and drivers.**\n\n${bullets(d.drivers.map(driverText))}`,
    options.length > 0 && `**Options weighed.**\n\n${mdTable(['Option', 'Pros', 'Cons'], options)}`,
    d.rationale && `**Rationale.** ${mdInline(d.rationale)}`,
  ]
    .filter((b): b is string => typeof b === 'string' && b.length > 0)
    .join('\n\n');
}

/** `40 concurrent users at peak (brief.yaml:7: "concurrentUsers: 40")`. */
export function driverText(driver: Driver): string {
  const ref = driver.kind === 'requirement' ? `${driver.ref}: ` : '';
  const source = driver.source
    ? ` (${driver.source.file}:${driver.source.line}: "${driver.source.text.replace(/\s+/g, ' ').trim()}")`
    : driver.kind === 'assumption'
      ? ' (assumed)'
      : '';
  return `${ref}${driver.text}${source}`;
}
