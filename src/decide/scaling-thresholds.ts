import { figureValue } from '../capacity/find-figure.js';
import type { CapacityModel } from '../model/capacity.js';

/** Peak reads per second one PostgreSQL primary serves comfortably alongside its writes. */
export const READS_PER_DATABASE_NODE = 1000;
/** Server connections PostgreSQL handles well; beyond it a pooler multiplexes clients. */
export const DIRECT_DB_CONNECTIONS = 100;

/** Read replicas needed for the peak read rate (0 when the primary suffices). */
export function readReplicaCount(capacity: CapacityModel): number {
  const reads = figureValue(capacity, 'requests.peak-reads-per-second');
  return reads >= READS_PER_DATABASE_NODE ? Math.ceil(reads / READS_PER_DATABASE_NODE) - 1 || 1 : 0;
}
