import type { Requirement } from '../../brief/brief-schema.js';
import { plural, singular, words } from '../../ingest/inflect.js';

/** Where an entity is mentioned in a requirement: word index of the mention. */
export interface Mention {
  readonly entity: string;
  readonly at: number;
}

interface Tokens {
  readonly toks: readonly string[];
  /** `singular(toks[i])`, computed once per text. */
  readonly singulars: readonly string[];
}

interface EntityTerm {
  readonly ws: readonly string[];
  /** `plural()` of the last word. */
  readonly lastPlural: string;
}

/** Texts and entity names already taken apart; bounded so a long-running server does not grow. */
const TOKENS = new Map<string, Tokens>();
const TERMS = new Map<string, EntityTerm>();
const CACHE_LIMIT = 20_000;

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

function tokensOf(text: string): Tokens {
  return remember(TOKENS, text, () => {
    const toks = tokens(text);
    return { toks, singulars: toks.map(singular) };
  });
}

function termOf(entity: string): EntityTerm {
  return remember(TERMS, entity, () => {
    const ws = words(entity);
    return { ws, lastPlural: ws.length > 0 ? plural(ws[ws.length - 1]!) : '' };
  });
}

/** Word index of the first mention of `term` in `text`, or -1. */
function firstAt(text: Tokens, term: EntityTerm): number {
  const { toks, singulars } = text;
  const { ws, lastPlural } = term;
  const n = ws.length;
  const last = ws[n - 1]!;
  for (let i = 0; i + n <= toks.length; i++) {
    let k = 0;
    while (k < n - 1 && toks[i + k] === ws[k]) k++;
    if (k < n - 1) continue;
    const t = toks[i + k]!;
    if (t === last || t === lastPlural || singulars[i + k] === last) return i;
  }
  return -1;
}

/** Entity terms by the word a mention of them ends with: the last word, its plural, or a word whose singular it is. */
interface EndIndex {
  readonly terms: readonly { readonly entity: string; readonly order: number; readonly term: EntityTerm }[];
  readonly byLast: ReadonlyMap<string, readonly number[]>;
  readonly byLastPlural: ReadonlyMap<string, readonly number[]>;
}

/** One index per entity list (callers pass the same list for every requirement). */
const END_INDEXES = new WeakMap<readonly string[], EndIndex>();

function endIndexOf(entities: readonly string[]): EndIndex {
  let index = END_INDEXES.get(entities);
  if (index) return index;
  const terms: EndIndex['terms'][number][] = [];
  const byLast = new Map<string, number[]>();
  const byLastPlural = new Map<string, number[]>();
  const put = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  entities.forEach((entity, order) => {
    const term = termOf(entity);
    if (term.ws.length === 0) return;
    const i = terms.push({ entity, order, term }) - 1;
    put(byLast, term.ws[term.ws.length - 1]!, i);
    put(byLastPlural, term.lastPlural, i);
  });
  index = { terms, byLast, byLastPlural };
  END_INDEXES.set(entities, index);
  return index;
}

/**
 * Entity mentions in a requirement's text, in reading order (`work orders` matches `WorkOrder`):
 * the first mention of each entity, found by looking up each word as the end of a mention.
 */
export function mentions(requirement: Requirement, entities: readonly string[]): Mention[] {
  const text = tokensOf(requirement.text);
  const { toks, singulars } = text;
  const index = endIndexOf(entities);
  const firstAtOf = new Map<number, number>();
  for (let j = 0; j < toks.length; j++) {
    for (const candidates of [index.byLast.get(toks[j]!), index.byLastPlural.get(toks[j]!), index.byLast.get(singulars[j]!)]) {
      if (!candidates) continue;
      for (const c of candidates) {
        if (firstAtOf.has(c)) continue;
        const ws = index.terms[c]!.term.ws;
        const i = j - ws.length + 1;
        if (i < 0) continue;
        let k = 0;
        while (k < ws.length - 1 && toks[i + k] === ws[k]) k++;
        if (k === ws.length - 1) firstAtOf.set(c, i);
      }
    }
  }
  const out = [...firstAtOf].sort(([a], [b]) => a - b).map(([c, at]) => ({ entity: index.terms[c]!.entity, at }));
  return out.sort((a, b) => a.at - b.at || a.entity.localeCompare(b.entity));
}

/** Whether a requirement's text mentions an entity (as `mentions(requirement, [entity]).length > 0`). */
export function isMentioned(requirement: Requirement, entity: string): boolean {
  const term = termOf(entity);
  return term.ws.length > 0 && firstAt(tokensOf(requirement.text), term) >= 0;
}

/** The entity a requirement acts on: the first one mentioned that is not the sentence's subject. */
export function primaryEntity(requirement: Requirement, entities: readonly string[]): string | undefined {
  return primaryOf(mentions(requirement, entities));
}

/** The entity acted on among mentions found by `mentions`. */
export function primaryOf(found: readonly Mention[]): string | undefined {
  return (found.find((m) => m.at > 0) ?? found[0])?.entity;
}

/** Words of a requirement, lower case, for vocabulary matches. */
export function requirementWords(requirement: Requirement): Set<string> {
  return new Set(tokensOf(requirement.text).toks);
}
