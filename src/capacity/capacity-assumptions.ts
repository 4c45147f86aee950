/**
 * Sizing assumptions used when a brief does not state a value. Held as data so the package can
 * print them and a user can see what to state instead.
 */
export const CAPACITY_ASSUMPTIONS = {
  /** Requests per second one concurrent user causes at peak (one request every 5 s). */
  requestsPerConcurrentUser: 0.2,
  /** Share of registered users online at peak when only registered users are stated. */
  concurrentShareOfRegistered: 0.1,
  /** Peak traffic over average traffic. */
  peakToAverage: 3,
  /** Reads per write when the brief states no ratio. */
  readWriteRatio: 4,
  /** Sustained requests per second one API instance (2 vCPU) serves within typical latency targets. */
  requestsPerInstance: 250,
  /** Spare capacity kept above peak. */
  headroom: 1.5,
  /** Average response size. */
  responseBytes: 20_000,
  /** Database connections each API or worker instance pools. */
  dbPoolPerInstance: 10,
  /** Open realtime streams per concurrent user who needs realtime. */
  realtimeStreamsPerUser: 1,
  /** Sizing horizon when no retention is stated. */
  retentionYears: 3,
} as const;
