import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { Workload } from '../brief/brief-schema.js';
import type { CapacityFigure } from '../model/capacity.js';
import { CAPACITY_ASSUMPTIONS as A } from './capacity-assumptions.js';
import { assumption, briefInput, figure, fmt, fromFigure, type FigureMap } from './figure.js';

export const SECONDS_PER: Readonly<Record<Workload['per'], number>> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  month: 2_592_000,
  year: 31_536_000,
};

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Requests per second (stated or derived from concurrent users), reads/writes, and per-workload rates. */
export function trafficFigures(understood: UnderstoodBrief, known: FigureMap): CapacityFigure[] {
  const { scale } = understood.brief;
  const out: CapacityFigure[] = [];

  let peak: CapacityFigure | undefined;
  const concurrent = known.get('users.concurrent');
  if (scale.peakRequestsPerSecond !== undefined) {
    peak = figure('requests.peak-per-second', 'Peak requests per second', scale.peakRequestsPerSecond, 'req/s',
      fmt(scale.peakRequestsPerSecond), [briefInput(understood, 'peak requests per second', scale.peakRequestsPerSecond, 'req/s', 'scale.peakRequestsPerSecond')]);
  } else if (concurrent) {
    peak = figure('requests.peak-per-second', 'Peak requests per second', concurrent.value * A.requestsPerConcurrentUser, 'req/s',
      `${fmt(concurrent.value)} × ${A.requestsPerConcurrentUser}`, [
        fromFigure(concurrent, 'concurrent users'),
        assumption('requestsPerConcurrentUser', A.requestsPerConcurrentUser, 'req/s per user'),
      ]);
  }
  if (peak) out.push(peak);

  if (scale.averageRequestsPerSecond !== undefined) {
    out.push(figure('requests.avg-per-second', 'Average requests per second', scale.averageRequestsPerSecond, 'req/s',
      fmt(scale.averageRequestsPerSecond), [briefInput(understood, 'average requests per second', scale.averageRequestsPerSecond, 'req/s', 'scale.averageRequestsPerSecond')]));
  } else if (peak) {
    out.push(figure('requests.avg-per-second', 'Average requests per second', peak.value / A.peakToAverage, 'req/s',
      `${fmt(peak.value)} / ${A.peakToAverage}`, [fromFigure(peak, 'peak requests per second'), assumption('peakToAverage', A.peakToAverage, 'ratio')]));
  }

  if (peak) {
    const stated = scale.readWriteRatio !== undefined;
    const ratio = scale.readWriteRatio ?? A.readWriteRatio;
    const ratioInput = stated
      ? briefInput(understood, 'reads per write', ratio, 'ratio', 'scale.readWriteRatio')
      : assumption('readWriteRatio', ratio, 'ratio');
    out.push(figure('requests.peak-reads-per-second', 'Peak reads per second', (peak.value * ratio) / (ratio + 1), 'req/s',
      `${fmt(peak.value)} × ${fmt(ratio)} / ${fmt(ratio + 1)}`, [fromFigure(peak, 'peak requests per second'), ratioInput]));
    out.push(figure('requests.peak-writes-per-second', 'Peak writes per second', peak.value / (ratio + 1), 'req/s',
      `${fmt(peak.value)} / ${fmt(ratio + 1)}`, [fromFigure(peak, 'peak requests per second'), ratioInput]));
  }

  const events = scale.workloads.filter((w) => w.kind === 'event');
  scale.workloads.forEach((w, i) => {
    const seconds = SECONDS_PER[w.per];
    const inputs = [briefInput(understood, w.name, w.count, `per ${w.per}`, `scale.workloads.${i}.count`)];
    out.push(figure(`workload.${slug(w.name)}.avg-per-second`, `${w.name} per second (average)`, w.count / seconds, '/s',
      seconds === 1 ? fmt(w.count) : `${fmt(w.count)} / ${fmt(seconds)}`, inputs));
    if (w.per !== 'day') {
      out.push(figure(`workload.${slug(w.name)}.per-day`, `${w.name} per day`, (w.count / seconds) * 86_400, '/day',
        `${fmt(w.count)} / ${fmt(seconds)} × 86,400`, inputs));
    }
  });
  if (events.length > 0) {
    const perSecond = events.reduce((s, w) => s + w.count / SECONDS_PER[w.per], 0);
    const formula = events.map((w) => `${fmt(w.count)} / ${fmt(SECONDS_PER[w.per])}`).join(' + ');
    const inputs = events.map((w) => briefInput(understood, w.name, w.count, `per ${w.per}`, `scale.workloads.${scale.workloads.indexOf(w)}.count`));
    const avg = figure('events.avg-per-second', 'Events per second (average)', perSecond, 'events/s', formula, inputs);
    out.push(avg);
    out.push(figure('events.peak-per-second', 'Events per second (peak)', perSecond * A.peakToAverage, 'events/s',
      `${fmt(perSecond)} × ${A.peakToAverage}`, [fromFigure(avg), assumption('peakToAverage', A.peakToAverage, 'ratio')]));
  }
  return out;
}
