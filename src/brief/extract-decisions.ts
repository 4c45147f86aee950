import type { Catalog, Technology, TechnologyKind } from '../catalog/catalog.js';
import type { DecisionArea } from '../model/decision.js';
import type { SourceRef } from '../model/source.js';
import { allClauses, at, type Clause } from './clause-scan.js';
import { addStrings, type FactSet } from './fact-set.js';
import type { TextUnit } from './markdown-units.js';

/** What a line's label ("Backend", "Cache and queues", "Monitoring") says about the decision area. */
const LABEL_AREAS: ReadonlyArray<[RegExp, readonly DecisionArea[]]> = [
  [/\bvector\b/i, ['vector-store']],
  [/\bbackend\b|\bback-end\b|\bserver\b|\bservices?\b|\bapi\b/i, ['backend-language', 'backend-framework']],
  [/\bfront[- ]?end\b|\bweb\b|\bui\b|\bspa\b/i, ['web-frontend']],
  [/\bmobile\b/i, ['mobile-frontend']],
  [/\bdesktop\b/i, ['desktop-frontend']],
  [/\bdatabases?\b|\bdb\b|\bpersistence\b/i, ['primary-database']],
  [/\bcach(?:e|es|ing)\b/i, ['cache']],
  [/\bqueues?\b|\bjobs?\b|\bworkers?\b/i, ['background-jobs']],
  [/\bmessag\w*\b|\bbroker\b|\bevent bus\b/i, ['messaging']],
  [/\bsearch\b/i, ['search']],
  [/\bobject storage\b|\bfiles?\b|\bblobs?\b/i, ['object-storage']],
  [/\bobservability\b|\bmonitoring\b|\btracing\b|\blogging\b|\bmetrics\b/i, ['observability']],
  [/\bcontainers?\b|\bdeploy\w*\b|\bhosting\b|\binfrastructure\b|\borchestration\b|\bruns on\b/i, ['deployment']],
  [/\bauth\w*\b|\bidentity\b|\bsso\b|\blogin\b/i, ['authentication']],
  [/\bci\b|\bpipelines?\b/i, ['ci-cd']],
  [/\bvpn\b|\bnetwork\w*\b|\bsecurity\b/i, ['security-controls']],
  [/\bgateway\b|\bproxy\b|\bcdn\b|\bedge\b/i, ['edge-and-traffic']],
  [/\banalytics\b|\bwarehouse\b/i, ['analytics']],
  [/\bscal\w+\b|\bpooling\b/i, ['scalability']],
];

/** Kinds that accompany a main choice in the same area (TypeScript with React, Pydantic with FastAPI). */
const COMPANION_KINDS: ReadonlySet<TechnologyKind> = new Set(['language', 'build-tool', 'css-framework', 'orm', 'validation']);
const FRAMEWORK_KINDS: ReadonlySet<TechnologyKind> = new Set(['backend-framework', 'web-framework', 'mobile-framework', 'desktop-framework', 'css-framework', 'build-tool', 'orm', 'validation']);
/** Segments about what people know are skills, not decisions. */
export const SKILLS = /\b(?:knows?|knowing|skilled in|experienced (?:in|with)|experience (?:in|with)|expertise in|familiar with|comfortable with|proficient in)\b/i;

interface Pin {
  readonly area: DecisionArea;
  readonly techs: Technology[];
  readonly versions: Map<string, string>;
  readonly source: SourceRef;
}

function labelAreas(label: string): DecisionArea[] {
  return LABEL_AREAS.filter(([re]) => re.test(label)).flatMap(([, areas]) => areas);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function versionOf(tech: Technology, text: string): string | undefined {
  for (const term of [tech.name, ...tech.aliases]) {
    const m = new RegExp(`${escape(term)}\\s*v?(\\d+(?:\\.\\d+){0,2})\\b(?!\\s*%)`, 'i').exec(text);
    if (m) return m[1];
  }
  return undefined;
}

function areasFor(tech: Technology, label: DecisionArea[], claimed: Map<DecisionArea, Technology>): DecisionArea[] {
  const inter = tech.areas.filter((a) => label.includes(a));
  const usable = inter.filter((a) => {
    const owner = claimed.get(a);
    return !owner || owner.kind === tech.kind || COMPANION_KINDS.has(tech.kind);
  });
  return usable.length > 0 ? usable : tech.areas.slice(0, 1);
}

function lineLabel(text: string): string | undefined {
  return /^([A-Za-z][A-Za-z /&-]{1,40}?):\s/.exec(text)?.[1];
}

/**
 * Technologies a Constraints line names become pinned decisions: the catalog says what each can be
 * the answer to, the line's label ("Backend", "Cache and queues") picks among those areas.
 */
export function extractDecisions(set: FactSet, units: readonly TextUnit[], catalog: Catalog): void {
  const pins = new Map<DecisionArea, Pin>();
  const languages: string[] = [];
  const frameworks: string[] = [];
  const constraintUnits = units.filter((u) => u.section === 'constraints' || (u.kind !== 'heading' && lineLabel(u.text) !== undefined && labelAreas(lineLabel(u.text)!).length > 0 && u.section !== 'requirements' && u.section !== 'personas'));
  let currentUnit: TextUnit | undefined;
  let inherited = '';
  for (const c of allClauses(constraintUnits)) {
    if (c.unit !== currentUnit) {
      currentUnit = c.unit;
      inherited = lineLabel(c.unit.text) ?? '';
    }
    const own = lineLabel(c.text.trimStart());
    const label = own ?? (inherited || c.text.trim().split(/\s+/).slice(0, 4).join(' '));
    if (SKILLS.test(c.text)) continue;
    collect(c, labelAreas(label), catalog, pins, languages, frameworks);
  }
  for (const pin of [...pins.values()]) {
    const main = pin.techs.find((t) => !COMPANION_KINDS.has(t.kind)) ?? pin.techs[0]!;
    const version = pin.versions.get(main.id);
    const decision = { area: pin.area, choice: main.id, technologies: pin.techs.map((t) => t.id), ...(version ? { version } : {}) };
    const list = (set.data['decisions'] as unknown[] | undefined) ?? [];
    list.push(decision);
    set.data['decisions'] = list;
    set.provenance.set(`decisions.${pin.area}`, pin.source);
  }
  const first = [...pins.values()][0]?.source;
  if (first && languages.length > 0) addStrings(set, 'constraints.languages', languages, first);
  if (first && frameworks.length > 0) addStrings(set, 'constraints.frameworks', frameworks, first);
}

function collect(c: Clause, label: DecisionArea[], catalog: Catalog, pins: Map<DecisionArea, Pin>, languages: string[], frameworks: string[]): void {
  const claimed = new Map<DecisionArea, Technology>();
  for (const tech of catalog.mentionedIn(c.text)) {
    // Cloud platforms are where the system runs (constraints.cloudProvider), not a technology choice.
    if (tech.areas.length === 0 || (tech.kind === 'platform' && tech.areas.includes('deployment'))) continue;
    if (tech.kind === 'language' && !languages.includes(tech.id)) languages.push(tech.id);
    if (FRAMEWORK_KINDS.has(tech.kind) && !frameworks.includes(tech.id)) frameworks.push(tech.id);
    for (const area of areasFor(tech, label, claimed)) {
      if (!claimed.has(area)) claimed.set(area, tech);
      const pin = pins.get(area) ?? { area, techs: [], versions: new Map<string, string>(), source: at(c) };
      if (!pin.techs.some((t) => t.id === tech.id)) pin.techs.push(tech);
      const version = versionOf(tech, c.text);
      if (version && !pin.versions.has(tech.id)) pin.versions.set(tech.id, version);
      pins.set(area, pin);
    }
  }
}
