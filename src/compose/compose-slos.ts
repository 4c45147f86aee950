import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityModel } from '../model/capacity.js';
import type { Slo } from '../model/architecture.js';
import type { Decisions } from './decision-lookup.js';

/** Quantified objectives, each with where its number came from: the brief (file:line), a decision, or a default. */
export function composeSlos(understood: UnderstoodBrief, capacity: CapacityModel, d: Decisions): Slo[] {
  const q = understood.brief.quality;
  const source = (path: string, fallback: string) => {
    const p = understood.provenance[path];
    if (p?.kind === 'stated') return `${p.source.file}:${p.source.line} "${p.source.text.replace(/\s+/g, ' ').trim()}"`;
    if (p?.kind === 'assumed') return `assumed: ${p.reason}`;
    if (p?.kind === 'answered') return `answer to ${p.questionId}`;
    return fallback;
  };
  const backup = d.get('backup-and-dr');
  const detailMinutes = (key: string) => {
    const v = backup?.details[key];
    return typeof v === 'number' ? v : undefined;
  };
  const slos: Slo[] = [];
  if (q.availability !== undefined) {
    const downtime = ((100 - q.availability) / 100) * 30 * 24 * 60;
    slos.push({
      id: 'availability', name: 'Availability', target: `${q.availability}%${q.availabilityWindow ? ` (${q.availabilityWindow})` : ''}`,
      measure: `Successful health checks and non-5xx responses per month; error budget ${Math.round(downtime)} min/month`,
      source: source('quality.availability', 'brief'),
    });
  }
  const latency: [keyof typeof q, string, string][] = [
    ['latencyP95Ms', 'latency-p95', 'p95'], ['latencyP99Ms', 'latency-p99', 'p99'], ['latencyAverageMs', 'latency-average', 'average'],
  ];
  for (const [key, id, label] of latency) {
    const v = q[key];
    if (typeof v === 'number') {
      slos.push({ id, name: `API latency (${label})`, target: `< ${v} ms`, measure: `${label} server time per request over 5 minutes`, source: source(`quality.${key}`, 'brief') });
    }
  }
  const peak = capacity.figures.find((f) => f.id === 'requests.peak-per-second');
  if (peak) {
    slos.push({ id: 'throughput', name: 'Peak throughput', target: `${Math.round(peak.value).toLocaleString('en-US')} ${peak.unit}`, measure: 'Sustained in a load test without breaching the latency SLO', source: `capacity: ${peak.formula}` });
  }
  const rpo = q.rpoMinutes ?? detailMinutes('rpoMinutes');
  const rto = q.rtoMinutes ?? detailMinutes('rtoMinutes');
  slos.push({
    id: 'rpo', name: 'Recovery point objective (RPO)', target: rpo !== undefined ? minutes(rpo) : '6 hours',
    measure: 'Most data lost in a disaster, between backups', source: q.rpoMinutes !== undefined ? source('quality.rpoMinutes', 'brief') : rpo !== undefined ? 'decision backup-and-dr' : 'default: not stated in the inputs',
  });
  slos.push({
    id: 'rto', name: 'Recovery time objective (RTO)', target: rto !== undefined ? minutes(rto) : '4 hours',
    measure: 'Time to restore service from backups', source: q.rtoMinutes !== undefined ? source('quality.rtoMinutes', 'brief') : rto !== undefined ? 'decision backup-and-dr' : 'default: not stated in the inputs',
  });
  if (q.provisioningMinutes !== undefined) {
    slos.push({ id: 'provisioning', name: 'Tenant provisioning time', target: `< ${minutes(q.provisioningMinutes)}`, measure: 'From sign-up to a usable tenant, p95', source: source('quality.provisioningMinutes', 'brief') });
  }
  return slos;
}

function minutes(m: number): string {
  if (m >= 60 && m % 60 === 0) return `${m / 60} hour${m === 60 ? '' : 's'}`;
  return `${m} minute${m === 1 ? '' : 's'}`;
}
