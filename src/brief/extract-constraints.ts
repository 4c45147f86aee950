import type { Catalog } from '../catalog/catalog.js';
import { allClauses, at, negated, type Clause } from './clause-scan.js';
import { addStrings, setFact, setFlag, type FactSet } from './fact-set.js';
import type { TextUnit } from './markdown-units.js';
import { COUNT, NUMBER, parseNumber } from './quantity.js';
import { SKILLS } from './extract-decisions.js';

const PEOPLE = String.raw`(?:developers?|engineers?|devs?|programmers?|people|persons|members)`;
const CODERS = String.raw`(?:developers?|engineers?|devs?|programmers?)`;

function team(set: FactSet, c: Clause, catalog: Catalog): void {
  const size =
    new RegExp(String.raw`\bteam\b[^.;]{0,40}?${COUNT}\s+(?:[a-z-]+\s+)?${PEOPLE}\b`, 'i').exec(c.text) ??
    new RegExp(String.raw`${COUNT}\s+(?:[a-z-]+\s+)?${CODERS}\b`, 'i').exec(c.text);
  if (size) {
    const n = parseNumber(size[1], size[2], size[3]);
    if (n !== undefined && n >= 1 && Number.isInteger(n)) setFact(set, 'constraints.team.size', n, at(c, size.index));
  }
  const teams = new RegExp(String.raw`${COUNT}\s+(?:[a-z-]+\s+)?teams\b`, 'i').exec(c.text);
  if (teams) {
    const n = parseNumber(teams[1], teams[2], teams[3]);
    if (n !== undefined && n >= 1 && Number.isInteger(n)) setFact(set, 'constraints.team.teams', n, at(c, teams.index));
  }
  const independent = /\bdeploy(?:s|ed|ing)?\s+independently\b|\bindependent(?:ly)?\s+deploy\w*\b|\bown release cycles?\b/i.exec(c.text);
  if (independent) setFlag(set, 'constraints.team.deployIndependently', at(c, independent.index));
  const skills = SKILLS.exec(c.text);
  if (skills) {
    const ids = catalog.mentionedIn(c.text.slice(skills.index)).map((t) => t.id);
    if (ids.length > 0) addStrings(set, 'constraints.team.skills', ids, at(c, skills.index));
  }
}

function budget(set: FactSet, c: Clause): void {
  const money = new RegExp(String.raw`(?:\$|€|USD\s?|EUR\s?)?${NUMBER}\s*(USD|\$|dollars|EUR|€|euros)?\s*(?:per|a|each|\/)\s*month\b`, 'i');
  const m = money.exec(c.text);
  if (m && (/[$€]|USD|EUR|dollars|euros/i.test(m[0]) || /\bbudget\b/i.test(c.text))) {
    const n = parseNumber(m[1], m[2]);
    if (n !== undefined) setFact(set, 'constraints.budgetMonthlyUsd', n, at(c, m.index));
  }
  const level =
    /\bbudget\b[^.;]*?\b(small|tight|limited|low|modest|minimal|medium|moderate|large|generous|big)\b/i.exec(c.text) ??
    /\b(small|tight|limited|low|modest|minimal|medium|moderate|large|generous|big)\s+budget\b/i.exec(c.text);
  if (level) {
    const word = level[1]!.toLowerCase();
    const value = /medium|moderate/.test(word) ? 'medium' : /large|generous|big/.test(word) ? 'large' : 'small';
    setFact(set, 'constraints.budgetLevel', value, at(c, level.index));
  }
}

function hosting(set: FactSet, c: Clause, catalog: Catalog): void {
  const onPrem = /\bon[- ]prem(?:ise|ises)?\b|\bown servers\b|\bown data ?cent(?:er|re)s?\b|\bself[- ]hosted\b|\bin-house servers\b/i.exec(c.text);
  if (onPrem && !negated(c.text, onPrem.index)) setFact(set, 'constraints.hosting', 'on-premise', at(c, onPrem.index));
  const hybrid = /\bhybrid\b/i.exec(c.text);
  if (hybrid) setFact(set, 'constraints.hosting', 'hybrid', at(c, hybrid.index));
  if (c.unit.section === 'constraints') {
    const cloud = /\bcloud\b|\bAWS\b|\bAzure\b|\bGCP\b|\bGoogle Cloud\b/.exec(c.text);
    if (cloud && !onPrem && !hybrid && !negated(c.text, cloud.index)) setFact(set, 'constraints.hosting', 'cloud', at(c, cloud.index));
    const provider = cloud ? catalog.mentionedIn(c.text).find((t) => t.kind === 'platform' && t.areas.includes('deployment')) : undefined;
    if (provider) setFact(set, 'constraints.cloudProvider', provider.id, at(c));
  }
  const regions = new RegExp(String.raw`${COUNT}\s+(?:cloud\s+)?regions?\b`, 'i').exec(c.text);
  if (regions) {
    const n = parseNumber(regions[1], regions[2], regions[3]);
    if (n !== undefined && Number.isInteger(n) && n >= 1) setFact(set, 'constraints.regions', n, at(c, regions.index));
  }
  const az = /\bmultiple availability zones\b|\bmulti[- ]AZ\b|\bacross (?:\w+ )?(?:availability )?zones\b|\b(?:two|three|\d) availability zones\b/i.exec(c.text);
  if (az) setFlag(set, 'constraints.multiAz', at(c, az.index));
}

function layering(set: FactSet, c: Clause): void {
  const m = /\blayer(?:ed|s)?\s+(?:as|into|like)\s*:?\s+(.+)$|\blayers?\s*:\s*(.+)$/i.exec(c.text);
  if (!m) return;
  const layers = (m[1] ?? m[2]!)
    .split(/,|\band\b|→|->|>/)
    .map((w) => w.trim().toLowerCase().replace(/[.]$/, ''))
    .filter((w) => /^[a-z][a-z -]{0,30}$/.test(w));
  if (layers.length >= 2) setFact(set, 'constraints.layering', layers, at(c, m.index));
}

/** Team, budget, hosting, regions and layering, wherever the text states them. */
export function extractConstraints(set: FactSet, units: readonly TextUnit[], catalog: Catalog): void {
  for (const c of allClauses(units)) {
    team(set, c, catalog);
    budget(set, c);
    hosting(set, c, catalog);
    layering(set, c);
  }
}
