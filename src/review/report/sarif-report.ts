import type { Finding } from '../review-types.js';
import { REVIEW_RULES, type RuleSpec } from '../rules/rule-catalog.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export interface SarifOptions {
  readonly toolVersion: string;
  /** Extra rules (check rules from a config) with their descriptions. */
  readonly extraRules?: readonly { readonly id: string; readonly title: string; readonly hint: string; readonly severity: Finding['severity'] }[];
}

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run, the rule catalogue under
 * `tool.driver.rules`, results with a relative `artifactLocation.uri`, a 1-based region and a
 * stable `partialFingerprints` entry so alerts survive line moves.
 */
export function sarifReport(findings: readonly Finding[], options: SarifOptions): string {
  const catalogue = new Map<string, { title: string; hint: string; severity: Finding['severity'] }>();
  for (const [id, spec] of Object.entries(REVIEW_RULES) as [string, RuleSpec][]) catalogue.set(id, spec);
  for (const r of options.extraRules ?? []) catalogue.set(r.id, r);
  for (const f of findings) if (!catalogue.has(f.ruleId)) catalogue.set(f.ruleId, { title: f.ruleId, hint: f.hint, severity: f.severity });
  const ids = [...catalogue.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const r = catalogue.get(id)!;
    return {
      id,
      name: id.replace(/(^|[-/.])(\w)/g, (_, _s: string, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      help: { text: r.hint },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: ['architecture'] },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: LEVEL[f.severity],
    message: { text: `${f.message}${f.adr ? ` (${f.adr})` : ''}. Fix: ${f.hint}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, f.line) } } }],
    ...(f.related?.length
      ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, r.line) } } })) }
      : {}),
    partialFingerprints: { 'archwayFingerprint/v1': f.fingerprint },
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Archway', semanticVersion: options.toolVersion, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
