import type { PinnedDecision } from '../brief/brief-schema.js';
import type { Catalog, Technology } from '../catalog/catalog.js';
import type { Decision, DecisionOption } from '../model/decision.js';
import { fact, techOption, unique } from './decision-builder.js';
import type { RuleContext } from './rule-context.js';

/** Catalog technologies a pinned decision names (its `technologies`, else its `choice`); unknown names are skipped. */
export function resolvePin(catalog: Catalog, pin: PinnedDecision): Technology[] {
  const names = pin.technologies.length > 0 ? pin.technologies : [pin.choice];
  const found = names.map((n) => catalog.lookup(n)).filter((t): t is Technology => t !== undefined);
  return unique(found);
}

/**
 * Honours a pin: the decision becomes `given`, keeps the pinned technologies first, marks them chosen
 * among the options and cites the brief. A rule never overrules a pin; it only adds detail around it.
 */
export function applyPin(ctx: RuleContext, pin: PinnedDecision, derived: Decision): Decision {
  const pinnedIds = ctx.pinned.map((t) => t.id);
  const pinDriver = fact(ctx, `decisions.${derived.area}`,
    `Given: ${pin.choice}${pin.version ? ` ${pin.version}` : ''} — ${pin.reason}`);
  const options: DecisionOption[] = derived.options.map((o) => ({ ...o, chosen: pinnedIds.includes(o.id) || (o.chosen && pinnedIds.length === 0) }));
  for (const tech of ctx.pinned) {
    if (!options.some((o) => o.id === tech.id)) options.unshift(techOption(tech, true, ['Named in the requirements.']));
  }
  const base = derived.status === 'not-applicable'
    ? { ...derived, notApplicableReason: undefined, choice: pin.choice, rationale: `${pin.reason} The brief pins it; Archway records it as given.` }
    : derived;
  const { notApplicableReason: _drop, ...rest } = base;
  const first = ctx.pinned[0];
  const choice = pin.version && first ? rest.choice.replace(`${first.name} ${first.currentVersion}`, `${first.name} ${pin.version}`) : rest.choice;
  return {
    ...rest,
    choice,
    status: 'given',
    technologies: unique([...pinnedIds, ...derived.technologies]),
    options,
    drivers: [pinDriver, ...derived.drivers],
    details: pin.version ? { ...derived.details, version: pin.version, pinned: pinnedIds } : { ...derived.details, pinned: pinnedIds },
  };
}
