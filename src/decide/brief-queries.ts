import type { Technology } from '../catalog/catalog.js';
import type { Decision, DecisionArea } from '../model/decision.js';
import { figureValue } from '../capacity/find-figure.js';
import type { RuleContext } from './rule-context.js';

/** Requirement ids whose text matches `pattern`, in brief order. */
export function requirementsMatching(ctx: RuleContext, pattern: RegExp): string[] {
  return ctx.brief.requirements.filter((r) => pattern.test(r.text)).map((r) => r.id);
}

/** Requirement ids of non-functional facts live under their brief path; functional ones are ids. */
export function earlier(ctx: RuleContext, area: DecisionArea): Decision | undefined {
  const d = ctx.earlier.get(area);
  return d && d.status !== 'not-applicable' ? d : undefined;
}

export function usesTech(ctx: RuleContext, id: string): boolean {
  for (const d of ctx.earlier.values()) if (d.status !== 'not-applicable' && d.technologies.includes(id)) return true;
  return false;
}

export function isMicroservices(ctx: RuleContext): boolean {
  return earlier(ctx, 'architecture-style')?.details['style'] === 'microservices';
}

export function isMultiTenant(ctx: RuleContext): boolean {
  return ctx.brief.tenancy.mode === 'multi';
}

export function onPremise(ctx: RuleContext): boolean {
  return ctx.brief.constraints.hosting === 'on-premise';
}

/** The primary backend language chosen earlier (first technology of that decision). */
export function backendLanguage(ctx: RuleContext): string | undefined {
  return earlier(ctx, 'backend-language')?.technologies[0];
}

export function figure(ctx: RuleContext, id: string, fallback = 0): number {
  return figureValue(ctx.capacity, id, fallback);
}

/** Catalog technologies of `kind` for `language` (or language-neutral), those with more wanted traits first. */
export function candidates(ctx: RuleContext, kind: Technology['kind'], wantedTraits: readonly string[], language?: string): Technology[] {
  const score = (t: Technology): number => wantedTraits.filter((w) => t.traits.includes(w)).length;
  return ctx.catalog.technologies
    .filter((t) => t.kind === kind && (language === undefined || t.language === undefined || t.language === language))
    .map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
}

export function hasTrait(tech: Technology, trait: string): boolean {
  return tech.traits.includes(trait);
}

/** Every requirement id plus the non-functional paths, for decisions that serve the whole system. */
export function allRequirementIds(ctx: RuleContext): string[] {
  return ctx.brief.requirements.map((r) => r.id);
}
