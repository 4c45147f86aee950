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
  /** Entity names by their words, in brief order: the candidates for a name's word prefixes. */
  const namesByWords = new Map<string, string[]>();
  for (const e of entities) {
    const w = wordsOf.get(e.name)!;
    const list = namesByWords.get(w);
    if (list) list.push(e.name);
    else namesByWords.set(w, [e.name]);
  }
  const childrenOf = new Map<string, number>();
  for (const e of entities) for (const r of e.relations) if (r.kind === 'belongs-to') childrenOf.set(r.target, (childrenOf.get(r.target) ?? 0) + 1);

  const parents = new Map<Entity, string | undefined>();
  const parentOf = (e: Entity): string | undefined => {
    if (parents.has(e)) return parents.get(e);
    const p = findParent(e);
    parents.set(e, p);
    return p;
  };
  const findParent = (e: Entity): string | undefined => {
    // The entity whose words are the longest whole-word prefix of this one's (the first such in the brief).
    const w = wordsOf.get(e.name)!;
    for (let end = w.lastIndexOf(' '); end > 0; end = w.lastIndexOf(' ', end - 1)) {
      const best = namesByWords.get(w.slice(0, end))?.find((name) => name !== e.name);
      if (best) return best;
    }
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
    const list = members.get(root);
    if (list) list.push(e.name);
    else members.set(root, [e.name]);
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

  const index = mentionIndex(entities.map((e) => ({ name: e.name, words: wordsOf.get(e.name)! })));
  const byRequirement = new Map<string, string[]>();
  const reqsOf = new Map<string, string[]>();
  for (const r of brief.requirements) {
    const ids = [...new Set(mentionsIn(index, words(r.text)).map((name) => byEntity.get(name)!))];
    byRequirement.set(r.id, ids);
    for (const id of ids) {
      const list = reqsOf.get(id);
      if (list) list.push(r.id);
      else reqsOf.set(id, [r.id]);
    }
  }

  const modules = [...members.entries()].map(([root, names]) => ({
    id: moduleIds.get(root)!,
    name: words(root).replace(/\b\w/g, (c) => c.toUpperCase()) || root,
    entities: names,
    requirementIds: reqsOf.get(moduleIds.get(root)!) ?? [],
  }));
  return { modules, byRequirement, byEntity, ...(tenantEntity ? { tenantEntity } : {}) };
}

type MentionIndex = Map<string, { name: string; tail: string[] }[]>;

/** Entity names by their first word, in singular and plural form, longest names first. */
function mentionIndex(entities: readonly { name: string; words: string }[]): MentionIndex {
  const index: MentionIndex = new Map();
  for (const e of entities) {
    const parts = e.words.split(' ').filter(Boolean);
    if (parts.length === 0) continue;
    const last = parts[parts.length - 1]!;
    for (const form of [last, plural(last)]) {
      const full = [...parts.slice(0, -1), form];
      const list = index.get(full[0]!) ?? [];
      list.push({ name: e.name, tail: full.slice(1) });
      index.set(full[0]!, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tail.length - a.tail.length);
  return index;
}

/** Entity names mentioned in prose, in order of first mention; a longer name wins over its prefix. */
function mentionsIn(index: MentionIndex, text: string): string[] {
  const tokens = text.split(' ');
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(tokens[i]!);
    if (!candidates) continue;
    const hit = candidates.find((c) => c.tail.every((w, j) => tokens[i + 1 + j] === w));
    if (hit && !found.includes(hit.name)) found.push(hit.name);
  }
  return found;
}

function plural(w: string): string {
  return w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
}
