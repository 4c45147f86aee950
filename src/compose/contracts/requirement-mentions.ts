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

/** Entity mentions in a requirement's text, in reading order (`work orders` matches `WorkOrder`). */
export function mentions(requirement: Requirement, entities: readonly string[]): Mention[] {
  const text = tokensOf(requirement.text);
  const out: Mention[] = [];
  for (const entity of entities) {
    const term = termOf(entity);
    if (term.ws.length === 0) continue;
    const at = firstAt(text, term);
    if (at >= 0) out.push({ entity, at });
  }
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
