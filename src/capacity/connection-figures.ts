import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityFigure } from '../model/capacity.js';
import { CAPACITY_ASSUMPTIONS as A } from './capacity-assumptions.js';
import { assumption, briefInput, figure, fmt, fromFigure, type FigureMap } from './figure.js';

/** Bandwidth, API instances for peak with headroom, realtime streams and database connections. */
export function connectionFigures(understood: UnderstoodBrief, known: FigureMap): CapacityFigure[] {
  const { brief } = understood;
  const out: CapacityFigure[] = [];
  const peak = known.get('requests.peak-per-second');
  const concurrent = known.get('users.concurrent');

  if (peak) {
    out.push(figure('bandwidth.peak-egress', 'Peak API egress', (peak.value * A.responseBytes * 8) / 1e6, 'Mbit/s',
      `${fmt(peak.value)} × ${fmt(A.responseBytes)} B × 8`, [fromFigure(peak), assumption('responseBytes', A.responseBytes, 'bytes')]));
  }

  const minimum = (brief.quality.availability ?? 0) >= 99.9 ? 2 : 1;
  const minimumInput = brief.quality.availability !== undefined
    ? briefInput(understood, 'availability', brief.quality.availability, '%', 'quality.availability')
    : assumption('availability', 99, '%');
  const needed = peak ? Math.ceil((peak.value * A.headroom) / A.requestsPerInstance) : 1;
  const instances = Math.max(minimum, needed);
  out.push(figure('instances.api', 'API instances at peak', instances, 'instances',
    peak
      ? `max(${minimum}, ceil(${fmt(peak.value)} × ${A.headroom} / ${A.requestsPerInstance}))`
      : `${minimum}`,
    [
      ...(peak ? [fromFigure(peak)] : []),
      assumption('headroom', A.headroom, 'ratio'),
      assumption('requestsPerInstance', A.requestsPerInstance, 'req/s'),
      minimumInput,
    ]));

  if (concurrent) {
    out.push(figure('connections.clients', 'Client connections at peak', concurrent.value, 'connections', fmt(concurrent.value), [fromFigure(concurrent)]));
    if (brief.capabilities.realtime.needed) {
      out.push(figure('connections.realtime', 'Open realtime streams at peak', concurrent.value * A.realtimeStreamsPerUser, 'streams',
        `${fmt(concurrent.value)} × ${A.realtimeStreamsPerUser}`, [fromFigure(concurrent), assumption('realtimeStreamsPerUser', A.realtimeStreamsPerUser, 'streams')]));
    }
  }

  const workers = 1;
  out.push(figure('connections.database', 'Database connections (pooled)', (instances + workers) * A.dbPoolPerInstance, 'connections',
    `(${instances} + ${workers}) × ${A.dbPoolPerInstance}`, [
      input('api instances', instances),
      assumption('workerInstances', workers, 'instances'),
      assumption('dbPoolPerInstance', A.dbPoolPerInstance, 'connections'),
    ]));
  return out;
}

function input(name: string, value: number) {
  return { name, value, unit: 'instances', ref: 'instances.api', assumed: true };
}
