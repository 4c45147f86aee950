import { hash } from 'node:crypto';
import type { Finding, FindingSeverity } from '../review-types.js';

export interface RuleSpec {
  readonly title: string;
  readonly severity: FindingSeverity;
  readonly hint: string;
  /** Tech-debt table columns (seed 002): what it hurts and the effort per occurrence. */
  readonly impact: 'Maintainability' | 'Reliability' | 'Security' | 'Performance' | 'Compatibility' | 'Quality';
  readonly hoursEach: number;
}

/** Every review rule, once: its id is the contract used by suppressions, baselines, SARIF and check configs. */
export const REVIEW_RULES = {
  'layer-direction': { title: 'Dependency against the layer direction', severity: 'error', impact: 'Maintainability', hoursEach: 2,
    hint: 'depend downwards only (routes → controllers → services → repositories); move the shared code down a layer or invert the dependency with an interface' },
  'dependency-cycle': { title: 'Dependency cycle between modules', severity: 'error', impact: 'Maintainability', hoursEach: 4,
    hint: 'break the cycle: move what both sides need into a third module, or depend on an interface instead of the implementation' },
  'god-module': { title: 'God module (too large or too connected)', severity: 'warning', impact: 'Maintainability', hoursEach: 8,
    hint: 'split it by responsibility; a module that many others import or that imports many others changes for too many reasons' },
  'orphan-module': { title: 'Orphan module (imports nothing and nothing imports it)', severity: 'info', impact: 'Quality', hoursEach: 0.5,
    hint: 'delete it if it is dead code, or wire it in; entry points are recognised by their name (main, index, app, server)' },
  'route-data-access': { title: 'Data access inside a route handler', severity: 'warning', impact: 'Maintainability', hoursEach: 2,
    hint: 'move the query into a repository and call it through a service; route handlers only validate and delegate' },
  'route-business-logic': { title: 'Business logic inside a route handler', severity: 'warning', impact: 'Maintainability', hoursEach: 2,
    hint: 'move the branching and loops into a service; route handlers only validate and delegate' },
  'async-blocking-call': { title: 'Blocking call inside an async function', severity: 'error', impact: 'Performance', hoursEach: 1,
    hint: 'use the async equivalent (asyncio.sleep, httpx.AsyncClient, an async DB session with await) or run it in a thread with asyncio.to_thread' },
  'rest-verb-in-path': { title: 'Verb in a REST path', severity: 'warning', impact: 'Compatibility', hoursEach: 1,
    hint: 'name resources with nouns and let the HTTP method carry the verb: POST /v1/users instead of POST /createUser' },
  'rest-singular-collection': { title: 'Singular collection name in a REST path', severity: 'info', impact: 'Compatibility', hoursEach: 1,
    hint: 'use plural collection names: /v1/orders/{id} instead of /v1/order/{id}' },
  'rest-missing-version': { title: 'Endpoint without a version prefix', severity: 'warning', impact: 'Compatibility', hoursEach: 1,
    hint: 'prefix public endpoints with a version (/v1/...) so the contract can evolve without breaking clients' },
  'list-without-pagination': { title: 'List endpoint without pagination', severity: 'warning', impact: 'Performance', hoursEach: 2,
    hint: 'accept limit and cursor (or offset) parameters and return a page with a next cursor; cap the page size' },
  'tenant-filter-missing': { title: 'Query on a tenant-owned table without a tenant filter', severity: 'error', impact: 'Security', hoursEach: 2,
    hint: 'filter every query on a tenant-owned table by tenant_id from the request context, and enforce it in the database with row-level security' },
  'hardcoded-secret': { title: 'Hard-coded secret', severity: 'error', impact: 'Security', hoursEach: 1,
    hint: 'rotate the credential now, then read it from the environment or a secret manager; never commit secrets' },
  'layer-without-tests': { title: 'Layer without tests', severity: 'warning', impact: 'Quality', hoursEach: 8,
    hint: 'add tests that import this layer\'s modules; the layer\'s behaviour is currently unverified' },
  'suppression-without-reason': { title: 'Suppression without a reason', severity: 'warning', impact: 'Quality', hoursEach: 0.25,
    hint: 'write why the finding is accepted: `archway-ignore <rule-id>: <reason> [ADR-NNN]`' },
} as const satisfies Record<string, RuleSpec>;

export type ReviewRuleId = keyof typeof REVIEW_RULES;

export function fingerprintOf(ruleId: string, file: string, evidence: string): string {
  return hash('sha1', `${ruleId}\0${file}\0${evidence}`).slice(0, 16);
}

/** Builds a finding with its rule's severity and hint; `evidence` keys the fingerprint (not the line). */
export function finding(
  ruleId: ReviewRuleId,
  at: { readonly file: string; readonly line: number },
  message: string,
  evidence: string,
  extra: Partial<Pick<Finding, 'related' | 'hint' | 'severity'>> = {},
): Finding {
  const spec: RuleSpec = REVIEW_RULES[ruleId];
  const out: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId,
    severity: extra.severity ?? spec.severity,
    message,
    file: at.file,
    line: at.line,
    hint: extra.hint ?? spec.hint,
    fingerprint: fingerprintOf(ruleId, at.file, evidence),
  };
  // Added, not spread: thousands of findings are built by code that runs once, mostly interpreted.
  if (extra.related) out.related = extra.related;
  return out;
}
