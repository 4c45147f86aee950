import type { DecisionArea } from '../model/decision.js';
import { compileMentionPatterns, findMentions } from './mentioned-in.js';
import { PRICE_DATE, PRICES } from './prices.js';
import { TECHNOLOGIES } from './technologies.js';

/**
 * Technology knowledge as data. The decide rules query it; no technology facts live inside rules.
 * The data itself lives beside this file (`technologies.ts`, `prices.ts`).
 */

export type TechnologyKind =
  | 'language'
  | 'backend-framework'
  | 'web-framework'
  | 'mobile-framework'
  | 'desktop-framework'
  | 'css-framework'
  | 'build-tool'
  | 'orm'
  | 'validation'
  | 'database'
  | 'cache'
  | 'message-broker'
  | 'job-queue'
  | 'search-engine'
  | 'vector-store'
  | 'object-storage'
  | 'analytics-store'
  | 'observability'
  | 'container-runtime'
  | 'orchestration'
  | 'proxy'
  | 'api-gateway'
  | 'cdn'
  | 'connection-pooler'
  | 'vpn'
  | 'identity'
  | 'ci'
  | 'llm-provider'
  | 'sms-provider'
  | 'email-provider'
  | 'push-provider'
  | 'payment-provider'
  | 'protocol'
  | 'platform';

export interface Technology {
  /** Stable slug, e.g. `postgresql`, `fastapi`, `aspnet-core`. */
  readonly id: string;
  readonly name: string;
  /** Other ways people write it (matched case-insensitively on word boundaries), e.g. `Postgres`, `PG`. */
  readonly aliases: readonly string[];
  /** Names or aliases that are ordinary words in lower case (`React`, `Go`, `Express`): matched only with this exact case. */
  readonly caseSensitive?: readonly string[];
  readonly kind: TechnologyKind;
  /** Decision areas this technology can be the answer to. */
  readonly areas: readonly DecisionArea[];
  /** For frameworks, ORMs and libraries: the language id they belong to. */
  readonly language?: string;
  readonly currentVersion: string;
  readonly minVersion: string;
  /** Open-ended properties rules ask about, e.g. `relational`, `rls`, `self-hostable`, `managed`, `async`. */
  readonly traits: readonly string[];
  readonly description: string;
}

export interface Price {
  /** Stable id, e.g. `vps.4cpu-16gb`, `aws.rds-postgres.db.m6g.large.multi-az`. */
  readonly id: string;
  readonly item: string;
  readonly provider: string;
  readonly monthlyUsd: number;
  readonly unit: string;
}

export interface Catalog {
  /** ISO date the prices were read. */
  readonly priceDate: string;
  readonly technologies: readonly Technology[];
  readonly prices: readonly Price[];
  /** The technology with this id; throws for an unknown id (a programming error, not user input). */
  byId(id: string): Technology;
  price(id: string): Price;
  /** Every technology named in a piece of text, in order of first mention, without duplicates. */
  mentionedIn(text: string): Technology[];
  /** The technology whose id, name or alias equals `nameOrId` (case-insensitive), if any. */
  lookup(nameOrId: string): Technology | undefined;
}

/**
 * The built-in catalog. Lookups are by stable id:
 * `loadCatalog().byId('postgresql').currentVersion` → `'17'`;
 * `loadCatalog().mentionedIn('We know C# and .NET')` → `[csharp]`.
 */
export function loadCatalog(
  technologies: readonly Technology[] = TECHNOLOGIES,
  prices: readonly Price[] = PRICES,
  priceDate: string = PRICE_DATE,
): Catalog {
  const techById = new Map(technologies.map((t) => [t.id, t]));
  const priceById = new Map(prices.map((p) => [p.id, p]));
  const patterns = compileMentionPatterns(technologies);
  const byTerm = new Map<string, Technology>();
  for (const t of technologies) {
    for (const term of [t.id, t.name, ...t.aliases]) {
      const key = term.toLowerCase();
      if (!byTerm.has(key)) byTerm.set(key, t);
    }
  }
  return {
    priceDate,
    technologies,
    prices,
    byId(id) {
      const tech = techById.get(id);
      if (!tech) throw new Error(`catalog: no technology with id "${id}"`);
      return tech;
    },
    price(id) {
      const price = priceById.get(id);
      if (!price) throw new Error(`catalog: no price with id "${id}"`);
      return price;
    },
    mentionedIn(text) {
      return findMentions(patterns, text);
    },
    lookup(nameOrId) {
      return techById.get(nameOrId) ?? byTerm.get(nameOrId.trim().toLowerCase());
    },
  };
}
