import { plural, singular } from '../ingest/inflect.js';
import { allClauses, at, matchesIn, negated } from './clause-scan.js';
import { addStrings, getPath, setFact, setFlag, type FactSet } from './fact-set.js';
import type { TextUnit } from './markdown-units.js';

const ISOLATION: ReadonlyArray<['row-level' | 'schema-per-tenant' | 'database-per-tenant', RegExp]> = [
  ['schema-per-tenant', /\bschema[- ]per[- ]tenant\b|\b(?:own|separate|dedicated)\s+(?:database\s+|postgres(?:ql)?\s+)?schemas?\b|\bone schema per\b/i],
  ['database-per-tenant', /\bdatabase[- ]per[- ]tenant\b|\b(?:own|separate|dedicated)\s+(?:databases?|db)\b(?!\s+(?:schemas?|roles?|users?|workspaces?|accounts?))|\bone database per\b/i],
  ['row-level', /\brow[- ]level security\b|\bRLS\b|\bshared (?:tables|schema)\b|\btenant[_ ]id column\b/i],
];

const FLAGS: ReadonlyArray<[string, RegExp]> = [
  ['tenancy.enforcedInDatabase', /\benforced\s+(?:in|by|at)\s+the\s+database\b|\bdatabase[- ]enforced\b|\brow[- ]level security\b|\bRLS\b|\bmust not leak\b|\bcannot leak\b|\b(?:own|dedicated|separate)\s+database\s+roles?\b/i],
  ['tenancy.databaseRolePerTenant', /\b(?:own|dedicated|separate)\s+database\s+roles?\b|\bdatabase roles? per tenant\b/i],
  ['tenancy.perTenantNetwork', /\b(?:dedicated|private|own|separate|isolated)\s+(?:VPN\s+)?(?:subnets?|networks?|VPCs?)\b/i],
];

/** Single- or multi-tenant, tenant isolation demanded by the text, extra scoping keys, per-tenant quotas. */
export function extractTenancy(set: FactSet, units: readonly TextUnit[]): void {
  const noun = String(getPath(set.data, 'tenancy.tenantNoun') ?? 'tenant');
  const tenantWords = [...new Set(['tenant', noun])].flatMap((w) => [w, plural(w)]).join('|');
  const entityNames = ((getPath(set.data, 'entities') as { name: string }[] | undefined) ?? []).map((e) => e.name.toLowerCase());
  for (const c of allClauses(units)) {
    const single = /\bsingle[- ]tenant\b|\bnot multi[- ]tenant\b/i.exec(c.text);
    if (single) setFact(set, 'tenancy.mode', 'single', at(c, single.index));
    const multi = /\bmulti[- ]?tenan(?:t|cy|ted)\b/i.exec(c.text);
    if (multi && !negated(c.text, multi.index)) setFact(set, 'tenancy.mode', 'multi', at(c, multi.index));
    for (const [mode, re] of ISOLATION) {
      for (const m of matchesIn(c.text, re)) {
        if (negated(c.text, m.index!)) continue;
        setFact(set, 'tenancy.isolation', mode, at(c, m.index));
        if (mode !== 'row-level') setFact(set, 'tenancy.mode', 'multi', at(c, m.index));
        break;
      }
    }
    for (const [path, re] of FLAGS) {
      const m = re.exec(c.text);
      if (m && !negated(c.text, m.index)) setFlag(set, path, at(c, m.index));
    }
    const quota = new RegExp(String.raw`\bquotas?\b|\bquota-limited\b|\b(?:limits?|budgets?)\s+per\s+(?:${tenantWords})\b|\bper[- ](?:${tenantWords})\s+(?:limits?|budgets?)\b`, 'i').exec(c.text);
    if (quota) setFlag(set, 'tenancy.perTenantQuotas', at(c, quota.index));
    const scoped = /\bscoped\s+to\s+(?:the\s+)?\(?([^.;)]+)\)?/i.exec(c.text);
    if (scoped) {
      const scopes = scoped[1]!
        .split(/,|\band\b|\bper\b/)
        .map((w) => singular(w.replace(/\b(the|a|an|its|their)\b/gi, '').trim().toLowerCase()))
        .filter((w) => w !== '' && !new RegExp(`^(?:${tenantWords})$`, 'i').test(w) && entityNames.includes(w));
      if (scopes.length > 0) addStrings(set, 'tenancy.scopes', scopes, at(c, scoped.index));
    }
  }
}
