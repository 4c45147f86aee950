import { DEFAULT_LAYERS } from '../recover/assign-layers.js';
import type { Analysis } from '../review-types.js';
import type { CheckConfig, CheckConfigInput } from './check-config.js';

const LAYERS_COMMENT = 'Dependencies flow one way (routes → controllers → services → repositories) so each layer can change and be tested without the ones above it.';

function rulesFor(allow: Record<string, string[]>): CheckConfig['rules'] {
  return [
    { id: 'layers', kind: 'layers', severity: 'error', typeOnly: 'ignore', allow, comment: LAYERS_COMMENT },
    { id: 'no-cycles', kind: 'no-cycles', severity: 'error', typeOnly: 'ignore', comment: 'A cycle turns its modules into one unit that cannot change or be tested apart.' },
    { id: 'no-secrets', kind: 'review', rule: 'hardcoded-secret', severity: 'error', comment: 'Credentials live in the environment or a secret manager, never in the repository.' },
    { id: 'no-blocking-in-async', kind: 'review', rule: 'async-blocking-call', severity: 'error', comment: 'One blocking call stalls every request served by the same event loop.' },
    { id: 'tenant-scoped-queries', kind: 'review', rule: 'tenant-filter-missing', severity: 'error', comment: 'A query without the tenant filter can read or change another tenant\'s data.' },
  ];
}

/** The rules `archway check` applies when a repository has no config: the conventional layering, no cycles, no secrets. */
export function defaultCheckConfig(): CheckConfig {
  return { layers: {}, conventions: true, rules: rulesFor(Object.fromEntries(DEFAULT_LAYERS.map((l) => [l.id, [...l.mayDependOn]]))) };
}

/**
 * `archway check --init`: a starter config from what the review recovered — the layers found (with
 * the folders they were found in) and the conventional direction between them.
 */
export function starterConfig(analysis: Analysis): CheckConfigInput {
  const present = analysis.model.layers;
  const allow = Object.fromEntries(present.map((l) => [l.id, [...l.mayDependOn]]));
  return {
    layers: Object.fromEntries(present.map((l) => [l.id, [...l.patterns]])),
    conventions: true,
    rules: rulesFor(Object.keys(allow).length ? allow : Object.fromEntries(DEFAULT_LAYERS.map((l) => [l.id, [...l.mayDependOn]]))),
  };
}
