import type { Brief, Entity } from '../brief/brief-schema.js';
import { slugify, words } from './slugify.js';

/** A slice of the domain: a root entity and the entities that belong to it. */
export interface DomainModule {
  readonly id: string;
  readonly name: string;
  readonly entities: readonly string[];
  /** Requirements that name one of the module's entities, in brief order. */
  readonly requirementIds: readonly string[];
}

export interface DomainMap {
  readonly modules: readonly DomainModule[];
  /** Requirement id → module ids it touches, in order of first mention. */
  readonly byRequirement: ReadonlyMap<string, readonly string[]>;
  /** Entity name → module id. */
  readonly byEntity: ReadonlyMap<string, string>;
  /** The entity that stands for the tenant, when the system is multi-tenant. */
  readonly tenantEntity?: string;
}

/**
 * Groups entities into modules: an entity whose name extends another's (`DocumentVersion` →
 * `Document`), or a leaf that belongs to exactly one other entity, joins that entity's module.
 */
export function domainModules(brief: Brief): DomainMap {
  const entities = brief.entities;
  const tenantWords = brief.tenancy.mode === 'multi' ? new Set([words(brief.tenancy.tenantNoun), 'tenant']) : new Set<string>();
  const tenantEntity = entities.find((e) => tenantWords.has(words(e.name)))?.name;
  const byName = new Map(entities.map((e) => [e.name, e]));
  const wordsOf = new Map(entities.map((e) => [e.name, words(e.name)]));
  const childrenOf = new Map<string, number>();
  for (const e of entities) for (const r of e.relations) if (r.kind === 'belongs-to') childrenOf.set(r.target, (childrenOf.get(r.target) ?? 0) + 1);

  const parentOf = (e: Entity): string | undefined => {
    const w = wordsOf.get(e.name)!;
    let best: string | undefined;
    let bestLength = 0;
    for (const other of entities) {
      const ow = wordsOf.get(other.name)!;
      if (other.name !== e.name && ow.length > bestLength && w.startsWith(`${ow} `)) {
        best = other.name;
        bestLength = ow.length;
      }
    }
    if (best) return best;
    const parents = e.relations.filter((r) => r.kind === 'belongs-to' && r.target !== tenantEntity && byName.has(r.target) && r.target !== e.name);
    return parents.length === 1 && !childrenOf.has(e.name) ? parents[0]!.target : undefined;
  };
  const rootOf = (e: Entity): string => {
    const seen = new Set<string>([e.name]);
    let current = e;
    for (;;) {
      const p = parentOf(current);
      const next = p ? byName.get(p) : undefined;
      if (!next || seen.has(next.name)) return current.name;
      seen.add(next.name);
      current = next;
    }
  };

  const members = new Map<string, string[]>();
  for (const e of entities) {
    const root = rootOf(e);
    members.set(root, [...(members.get(root) ?? []), e.name]);
  }
  const byEntity = new Map<string, string>();
  const moduleIds = new Map<string, string>();
  const taken = new Set<string>();
  for (const root of members.keys()) {
    let id = slugify(root, 'module');
    for (let n = 2; taken.has(id); n++) id = `${slugify(root, 'module')}-${n}`;
    taken.add(id);
    moduleIds.set(root, id);
    for (const name of members.get(root)!) byEntity.set(name, id);
  }

  const matchers = entities.map((e) => ({ name: e.name, forms: nameForms(wordsOf.get(e.name)!) })).filter((m) => m.forms.length > 0);
  const byRequirement = new Map<string, string[]>();
  const reqsOf = new Map<string, string[]>();
  for (const r of brief.requirements) {
    const text = ` ${words(r.text)} `;
    const hits = matchers
      .map((m) => ({ m, at: Math.min(...m.forms.map((f) => { const i = text.indexOf(f); return i < 0 ? Infinity : i; })) }))
      .filter((h) => h.at !== Infinity)
      .sort((a, b) => a.at - b.at || b.m.forms[0]!.length - a.m.forms[0]!.length);
    const ids = [...new Set(hits.map((h) => byEntity.get(h.m.name)!))];
    byRequirement.set(r.id, ids);
    for (const id of ids) reqsOf.set(id, [...(reqsOf.get(id) ?? []), r.id]);
  }

  const modules = [...members.entries()].map(([root, names]) => ({
    id: moduleIds.get(root)!,
    name: words(root).replace(/\b\w/g, (c) => c.toUpperCase()) || root,
    entities: names,
    requirementIds: reqsOf.get(moduleIds.get(root)!) ?? [],
  }));
  return { modules, byRequirement, byEntity, ...(tenantEntity ? { tenantEntity } : {}) };
}

/** ` work order `, ` work orders `: the ways a name appears in prose, padded to match whole words. */
function nameForms(w: string): string[] {
  if (!w) return [];
  const plural = w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
  return [` ${w} `, ` ${plural} `];
}
