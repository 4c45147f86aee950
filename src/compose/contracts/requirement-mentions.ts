import type { Requirement } from '../../brief/brief-schema.js';
import { plural, singular, words } from '../../ingest/inflect.js';

/** Where an entity is mentioned in a requirement: word index of the mention. */
export interface Mention {
  readonly entity: string;
  readonly at: number;
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/** Entity mentions in a requirement's text, in reading order (`work orders` matches `WorkOrder`). */
export function mentions(requirement: Requirement, entities: readonly string[]): Mention[] {
  const toks = tokens(requirement.text);
  const out: Mention[] = [];
  for (const entity of entities) {
    const ws = words(entity);
    if (ws.length === 0) continue;
    for (let i = 0; i + ws.length <= toks.length; i++) {
      const ok = ws.every((w, k) => {
        const t = toks[i + k]!;
        return k === ws.length - 1 ? t === w || t === plural(w) || singular(t) === w : t === w;
      });
      if (ok) { out.push({ entity, at: i }); break; }
    }
  }
  return out.sort((a, b) => a.at - b.at || a.entity.localeCompare(b.entity));
}

/** The entity a requirement acts on: the first one mentioned that is not the sentence's subject. */
export function primaryEntity(requirement: Requirement, entities: readonly string[]): string | undefined {
  const found = mentions(requirement, entities);
  return (found.find((m) => m.at > 0) ?? found[0])?.entity;
}

/** Words of a requirement, lower case, for vocabulary matches. */
export function requirementWords(requirement: Requirement): Set<string> {
  return new Set(tokens(requirement.text));
}
