import type { Step, StepState } from '../api/api-types.js';
import type { StepItem } from '../components/stepper.js';
import type { StepSlug } from '../router/match-route.js';

export const stepTitles: Record<StepSlug, string> = {
  description: 'Description',
  architecture: 'Architecture',
  plan: 'Implementation Plan',
  rules: 'Rules & Standards',
};

const order: readonly StepSlug[] = ['description', 'architecture', 'plan', 'rules'];

export function projectBase(org: string, project: string): string {
  return `/o/${encodeURIComponent(org)}/p/${encodeURIComponent(project)}`;
}

/** The stepper's items from the project's step states, in the four steps' order. */
export function stepItems(org: string, project: string, steps: readonly StepState[]): StepItem[] {
  return order.map((slug) => ({
    slug,
    title: stepTitles[slug],
    state: steps.find((s) => s.step === slug)?.status ?? 'not-started',
    href: `${projectBase(org, project)}/${slug}`,
  }));
}

/** The step after this one, to offer once it is done. */
export function nextStep(step: StepSlug): StepSlug | null {
  return order[order.indexOf(step) + 1] ?? null;
}
