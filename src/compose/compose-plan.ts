import type { Brief } from '../brief/brief-schema.js';
import type { Epic, PlanTask, TraceLink } from '../model/architecture.js';
import type { Decisions } from './decision-lookup.js';
import type { DomainMap } from './domain-modules.js';

interface EpicDraft {
  readonly slug: string;
  readonly title: string;
  readonly goal: string;
  readonly tasks: readonly Omit<PlanTask, 'id' | 'dependsOn'>[];
  readonly requirementIds?: readonly string[];
}

/**
 * The implementation plan (seed 004): 01-infrastructure, 02-authentication, one feature epic per
 * domain module with requirements, cross-cutting epics the decisions call for, and NN-testing last.
 */
export function composePlan(brief: Brief, d: Decisions, domain: DomainMap, trace: readonly TraceLink[]): Epic[] {
  const drafts: EpicDraft[] = [];
  drafts.push({
    slug: 'infrastructure', title: 'Infrastructure', goal: 'A deployable skeleton: repository, CI, containers, database and migrations.',
    tasks: [
      { title: 'Repository, build and CI pipeline', acceptance: ['CI runs type checks, linting and tests on every push', 'The layering rules of docs/specs.md run in CI'], requirementIds: [] },
      { title: 'Containers and local environment', acceptance: ['One command starts every container locally', 'Health endpoints answer'], requirementIds: [] },
      { title: 'Database and first migration', acceptance: ['Migrations apply and roll back in CI'], requirementIds: [] },
      { title: 'Observability baseline', acceptance: ['Structured logs with request ids', 'Metrics and traces exported'], requirementIds: [] },
    ],
  });
  if (d.has('authentication')) {
    const authz = d.get('authorization');
    drafts.push({
      slug: 'authentication', title: 'Authentication and authorization',
      goal: `Sign-in with ${d.get('authentication')!.choice}${authz ? ` and ${authz.choice}` : ''}.`,
      tasks: [
        { title: 'Sign-in and token handling', acceptance: ['Invalid or expired credentials are rejected with 401'], requirementIds: d.get('authentication')!.requirementIds },
        ...(authz ? [{ title: 'Roles and permissions', acceptance: ['Every endpoint denies by default; a test per role'], requirementIds: authz.requirementIds }] : []),
        ...(brief.tenancy.mode === 'multi' ? [{ title: 'Tenant context and isolation', acceptance: ['A test proves one tenant cannot read another\'s data'], requirementIds: d.get('multi-tenancy')?.requirementIds ?? [] }] : []),
      ],
    });
  }
  // The first trace link of each requirement, looked up per task instead of scanned for.
  const traceOf = new Map<string, TraceLink>();
  for (const t of trace) if (!traceOf.has(t.requirementId)) traceOf.set(t.requirementId, t);
  const assigned = new Set<string>();
  for (const m of domain.modules) {
    const reqs = m.requirementIds.filter((r) => !assigned.has(r) && domain.byRequirement.get(r)?.[0] === m.id);
    if (reqs.length === 0) continue;
    for (const r of reqs) assigned.add(r);
    drafts.push({
      slug: drafts.some((x) => x.slug === m.id) || m.id === 'testing' ? `${m.id}-feature` : m.id, title: m.name, goal: `Deliver ${m.name}: ${m.entities.join(', ')}.`,
      tasks: reqs.map((r) => ({ title: `${r}: ${short(traceOf.get(r)?.requirement ?? r)}`, acceptance: acceptanceFor(r, traceOf), requirementIds: [r] })),
    });
  }
  const rest = brief.requirements.filter((r) => r.kind === 'functional' && !assigned.has(r.id));
  if (rest.length > 0) {
    drafts.push({
      slug: 'core-features', title: 'Core features', goal: 'Requirements that do not belong to one domain module.',
      tasks: rest.map((r) => ({ title: `${r.id}: ${short(r.text)}`, acceptance: acceptanceFor(r.id, traceOf), requirementIds: [r.id] })),
    });
  }
  const crossCutting: [Parameters<Decisions['has']>[0], string, string][] = [
    ['realtime', 'realtime', 'Realtime updates'], ['ai-integration', 'ai-integration', 'AI integration'],
    ['search', 'search', 'Search'], ['integration-style', 'integrations', 'Integrations'],
  ];
  for (const [area, slug, title] of crossCutting) {
    const dec = d.get(area);
    if (!dec || drafts.some((x) => x.slug === slug)) continue;
    drafts.push({ slug, title, goal: `${dec.choice}.`, tasks: [{ title: dec.title, acceptance: [...dec.confirmation.slice(0, 3), 'Covered by an integration test'], requirementIds: dec.requirementIds }] });
  }
  drafts.push({
    slug: 'testing', title: 'Testing and hardening', goal: 'Prove every requirement and objective before release.',
    tasks: [
      { title: 'End-to-end tests per requirement', acceptance: ['Every requirement in docs/architecture.md section 11 has a passing test'], requirementIds: brief.requirements.map((r) => r.id) },
      { title: 'Load test against the SLOs', acceptance: ['Latency and throughput objectives of docs/specs.md are met'], requirementIds: [] },
      { title: 'Security review against the threat model', acceptance: ['Every STRIDE mitigation in docs/architecture.md section 7 is verified'], requirementIds: [] },
    ],
  });
  return number(drafts);
}

function number(drafts: readonly EpicDraft[]): Epic[] {
  const width = Math.max(2, String(drafts.length).length);
  const epics: Epic[] = [];
  drafts.forEach((draft, i) => {
    const num = String(i + 1).padStart(width, '0');
    const id = `${num}-${draft.slug}`;
    const dependsOn = i === 0 ? [] : i === drafts.length - 1 ? epics.map((e) => e.id) : [epics[0]!.id, ...(i > 1 && epics[1]?.slug === 'authentication' ? [epics[1].id] : [])];
    const tasks: PlanTask[] = draft.tasks.map((t, j) => ({
      id: `T${num}-${String(j + 1).padStart(2, '0')}`, title: t.title, acceptance: t.acceptance, requirementIds: t.requirementIds,
      dependsOn: j === 0 ? [] : [`T${num}-${String(j).padStart(2, '0')}`],
    }));
    epics.push({ id, number: num, slug: draft.slug, title: draft.title, goal: draft.goal, dependsOn: [...new Set(dependsOn)], tasks });
  });
  return epics;
}

function acceptanceFor(requirementId: string, traceOf: ReadonlyMap<string, TraceLink>): string[] {
  const t = traceOf.get(requirementId);
  const endpoints = t?.endpointIds ?? [];
  return [
    ...(endpoints.length ? [`Endpoints ${endpoints.slice(0, 5).join(', ')}${endpoints.length > 5 ? ' and more' : ''} match the OpenAPI contract`] : []),
    `An automated test demonstrates ${requirementId}`,
  ];
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77).trimEnd()}…` : t;
}
