import { allClauses, at, matchesIn, type Clause } from './clause-scan.js';
import { addStrings, setFact, setFlag, type FactSet } from './fact-set.js';
import type { TextUnit } from './markdown-units.js';
import { DURATION, parseDurationMinutes, minutesToMs } from './quantity.js';

const COMPLIANCE: ReadonlyArray<[string, RegExp]> = [
  ['GDPR', /\bGDPR\b|general data protection regulation/i],
  ['SOC 2', /\bSOC\s?2\b/i],
  ['ISO 27001', /\bISO\s?\/?(?:IEC\s)?27001\b/i],
  ['HIPAA', /\bHIPAA\b/i],
  ['PCI DSS', /\bPCI[- ]?DSS\b/i],
  ['CCPA', /\bCCPA\b/i],
  ['FedRAMP', /\bFedRAMP\b/i],
];

const FLAGS: ReadonlyArray<[string, RegExp]> = [
  ['quality.encryptionAtRest', /\bencrypt\w*\s+(?:\w+\s+){0,2}at\s+rest\b|\bat[- ]rest\s+encryption\b/i],
  ['quality.auditTrail', /\baudit(?:able)?\s+(?:trail|logs?|logging|events?)\b/i],
  ['quality.tracing', /\btracing\b|\btraces\b|\btrace ids?\b/i],
  ['quality.resilientExternalCalls', /\bretr(?:y|ies)\b[^.;]*\bbackoff\b|\bbackoff\b|\bcircuit[- ]breakers?\b|\bnot cascade\b|\bcascading failures?\b/i],
  ['quality.reversibleMigrations', /\bmigrations?\b[^.;]*\b(?:reversible|roll(?:ed)?[- ]?back|down migrations?|undoable)\b|\breversible (?:database |schema )?migrations?\b/i],
  ['quality.zeroTrust', /\bzero[- ]trust\b/i],
  ['quality.secretsFromEnvironment', /\bsecrets?\b[^.;]{0,40}\b(?:environment variables?|env vars?|secret (?:store|manager)|vault)\b/i],
];

function durationNear(c: Clause, index: number, maxMs = 60000): { ms: number; index: number } | undefined {
  let best: { ms: number; index: number; distance: number } | undefined;
  for (const m of matchesIn(c.text, new RegExp(DURATION, 'i'))) {
    const minutes = parseDurationMinutes(m[1], m[2], m[3]);
    if (minutes === undefined) continue;
    const ms = minutesToMs(minutes);
    if (ms > maxMs) continue;
    const after = m.index! >= index;
    const distance = Math.abs(m.index! - index) + (after ? 0 : 15);
    if (distance < 60 && (!best || distance < best.distance)) best = { ms, index: m.index!, distance };
  }
  return best && { ms: best.ms, index: best.index };
}

function latency(set: FactSet, c: Clause): void {
  let found = false;
  for (const m of matchesIn(c.text, /\bp(50|90|95|99)\b|\b(50|90|95|99)(?:th)?[- ]percentile\b/i)) {
    const pct = m[1] ?? m[2];
    const d = durationNear(c, m.index!);
    if (!d) continue;
    found = true;
    if (pct === '95' || pct === '90') setFact(set, 'quality.latencyP95Ms', d.ms, at(c, m.index));
    if (pct === '99') setFact(set, 'quality.latencyP99Ms', d.ms, at(c, m.index));
  }
  for (const m of matchesIn(c.text, /\b(?:average|mean|typical)\s+(?:response\s+time|latency)\b/i)) {
    const d = durationNear(c, m.index! + m[0].length);
    if (d) {
      setFact(set, 'quality.latencyAverageMs', d.ms, at(c, m.index));
      found = true;
    }
  }
  if (found) return;
  const plain = /\b(?:response\s+times?|latency|responds?|answers?)\b[^.;]{0,30}?\b(?:under|below|within|less\s+than|<|at\s+most|in)\s/i.exec(c.text);
  if (plain) {
    const d = durationNear(c, plain.index + plain[0].length);
    if (d) setFact(set, 'quality.latencyP95Ms', d.ms, at(c, plain.index));
  }
}

function availability(set: FactSet, c: Clause): void {
  if (!/\bavailab|\buptime\b|\bSLA\b|\bSLO\b|\bavailable\b/i.test(c.text)) return;
  for (const m of matchesIn(c.text, /(\d{2,3}(?:\.\d+)?)\s?%/)) {
    const value = Number(m[1]);
    if (value < 90 || value > 100) continue;
    setFact(set, 'quality.availability', value, at(c, m.index));
    const window = /\b(?:during|in|within)\s+(business|office|working)\s+hours\b/i.exec(c.text);
    if (window) setFact(set, 'quality.availabilityWindow', `${window[1]!.toLowerCase() === 'office' ? 'office' : window[1]!.toLowerCase()} hours`, at(c, window.index));
    return;
  }
}

function recovery(set: FactSet, c: Clause): void {
  const targets: ReadonlyArray<[string, RegExp]> = [
    ['quality.rpoMinutes', /\bRPO\b|\brecovery point objective\b|\blose (?:at most|no more than|up to)\b/i],
    ['quality.rtoMinutes', /\bRTO\b|\brecovery time objective\b|\brestored? (?:with)?in\b|\bback online (?:with)?in\b/i],
  ];
  for (const [path, re] of targets) {
    const m = re.exec(c.text);
    if (!m) continue;
    const d = durationNear(c, m.index + m[0].length, 1e12);
    if (d) setFact(set, path, Math.round((d.ms / 60000) * 1000) / 1000, at(c, m.index));
  }
  const p = /\b(?:provision\w*|onboard\w*)\b[^.;]{0,60}?\b(?:under|within|in\s+less\s+than|below|less\s+than|<|in)\s/i.exec(c.text);
  if (p) {
    const d = durationNear(c, p.index + p[0].length, 1e12);
    if (d) setFact(set, 'quality.provisioningMinutes', Math.round((d.ms / 60000) * 1000) / 1000, at(c, p.index));
  }
}

/** Availability, latency, RPO/RTO, provisioning time, security and operability flags, compliance. */
export function extractQuality(set: FactSet, units: readonly TextUnit[]): void {
  for (const c of allClauses(units)) {
    availability(set, c);
    latency(set, c);
    recovery(set, c);
    const tls = /\bTLS\s?v?(1\.[0-3])\b/i.exec(c.text);
    if (tls) setFact(set, 'quality.tlsVersion', tls[1], at(c, tls.index));
    for (const [path, re] of FLAGS) {
      const m = re.exec(c.text);
      if (m) setFlag(set, path, at(c, m.index));
    }
    for (const [name, re] of COMPLIANCE) {
      const m = re.exec(c.text);
      if (m) addStrings(set, 'compliance', [name], at(c, m.index));
    }
  }
}
