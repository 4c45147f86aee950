import type { Brief } from '../brief/brief-schema.js';
import type { Technology } from '../catalog/catalog.js';
import { techLabel } from './compose-containers.js';
import type { Decisions } from './decision-lookup.js';
import type { DomainMap } from './domain-modules.js';
import { slugify, words } from './slugify.js';

/** A deployable backend: the API of a monolith, or one service of a microservice system. */
export interface ServiceBoundary {
  readonly id: string;
  readonly name: string;
  readonly technology: string;
  readonly description: string;
  readonly moduleIds: readonly string[];
}

export function isMicroservices(d: Decisions): boolean {
  const id = d.chosen('architecture-style') ?? '';
  return /microservice/i.test(id) || /microservice/i.test(d.get('architecture-style')?.choice ?? '');
}

/**
 * One API container, or — for microservices — one service per named boundary (`details.services`
 * of the style decision) or per group of domain modules, at most one group per team.
 */
export function serviceBoundaries(brief: Brief, d: Decisions, domain: DomainMap): ServiceBoundary[] {
  const frameworks = d.techs('backend-framework');
  const languages = d.techs('backend-language');
  const primary = stackFor(frameworks[0], languages);
  const moduleIds = domain.modules.map((m) => m.id);
  if (!isMicroservices(d)) {
    return [{ id: 'api', name: 'Backend API', technology: primary, description: 'Serves the API: validation, business rules and data access.', moduleIds }];
  }
  const named = d.get('architecture-style')?.details['services'];
  const names = Array.isArray(named) && named.length > 0 ? [...named] : undefined;
  const groups: { name: string; modules: string[] }[] = names
    ? names.map((n) => ({ name: n, modules: [] }))
    : chunk(moduleIds, brief.constraints.team.teams ?? moduleIds.length).map((ids) => ({
        name: domain.modules.find((m) => m.id === ids[0])?.name ?? 'core',
        modules: ids,
      }));
  if (names) {
    for (const m of domain.modules) {
      const mw = ` ${words(m.name)} ${m.entities.map(words).join(' ')} `;
      const hit = groups.find((g) => words(g.name).split(' ').some((w) => w.length >= 3 && mw.includes(` ${w.slice(0, 4)}`)));
      const target = hit ?? [...groups].sort((a, b) => a.modules.length - b.modules.length)[0]!;
      target.modules.push(m.id);
    }
  }
  if (groups.length === 0) groups.push({ name: 'core', modules: moduleIds });
  const aiFramework = frameworks.find((f) => f.language && f.language !== frameworks[0]?.language);
  if (d.has('ai-integration') && aiFramework && !groups.some((g) => /\bai\b/i.test(g.name))) groups.push({ name: 'ai', modules: [] });
  const taken = new Set<string>();
  return groups.map((g) => {
    let id = `${slugify(g.name, 'core')}-service`;
    for (let n = 2; taken.has(id); n++) id = `${slugify(g.name, 'core')}-service-${n}`;
    taken.add(id);
    const ai = /\bai\b/i.test(g.name) && aiFramework;
    return {
      id,
      name: `${g.name.length <= 3 ? g.name.toUpperCase() : g.name.replace(/^\w/, (c) => c.toUpperCase())} service`,
      technology: ai ? stackFor(aiFramework, languages) : primary,
      description: ai ? 'Calls the AI providers: prompts, embeddings and tool calls behind one interface.' : `Owns ${g.modules.length} domain module(s) and their data.`,
      moduleIds: g.modules,
    };
  });
}

function stackFor(framework: Technology | undefined, languages: readonly Technology[]): string {
  const language = languages.find((l) => l.id === framework?.language) ?? languages[0];
  return techLabel([language, framework].filter((t): t is Technology => t !== undefined), 2);
}

function chunk<T>(items: readonly T[], groups: number): T[][] {
  const n = Math.max(1, Math.min(groups, items.length));
  const size = Math.ceil(items.length / n);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
