import { describe, expect, it } from 'vitest';
import { capacityModel } from '../../src/capacity/capacity-model.js';
import { findFigure } from '../../src/capacity/find-figure.js';
import { understood } from '../examples/understood-fixture.js';

const fig = (input: Parameters<typeof understood>[0], id: string) => findFigure(capacityModel(understood(input)), id);

describe('capacityModel', () => {
  it('derives registered users from tenants × users per tenant, now and later', () => {
    const brief = { name: 'T', tenancy: { mode: 'multi' as const, tenants: 400, tenantsLater: 5000, usersPerTenant: 50 } };
    expect(fig(brief, 'users.registered')).toMatchObject({ value: 20_000, formula: '400 × 50', assumed: false });
    expect(fig(brief, 'users.registered-later')).toMatchObject({ value: 250_000, formula: '5,000 × 50' });
  });

  it('prefers stated registered users and leaves later growth out when none is stated', () => {
    expect(fig({ name: 'T', scale: { registeredUsers: 5000 } }, 'users.registered')?.value).toBe(5000);
    expect(fig({ name: 'T', scale: { registeredUsers: 5000 } }, 'users.registered-later')).toBeUndefined();
  });

  it('turns an event volume per day into events per second', () => {
    const f = fig({ name: 'T', scale: { workloads: [{ name: 'events', kind: 'event', count: 15_000_000, per: 'day' }] } }, 'events.avg-per-second');
    expect(f?.formula).toBe('15,000,000 / 86,400');
    expect(f?.value).toBeCloseTo(173.6, 1);
    expect(f?.inputs[0]?.ref).toBe('scale.workloads.0.count');
  });

  it('sizes files per day, per year and over the stated retention', () => {
    const brief = {
      name: 'T',
      scale: {
        workloads: [{ name: 'work orders', kind: 'write' as const, count: 1500, per: 'day' as const }],
        itemSizes: [{ name: 'photo', bytes: 3_000_000, perWorkload: 'work orders', countPerWorkload: 4, kind: 'file' as const }],
        fileRetentionYears: 7,
      },
    };
    expect(fig(brief, 'storage.photo.per-day')).toMatchObject({ value: 18, unit: 'GB', formula: '1,500 × 4 × 3 MB' });
    expect(fig(brief, 'storage.photo.per-year')?.value).toBeCloseTo(6.57, 2);
    expect(fig(brief, 'storage.photo.retention')?.value).toBeCloseTo(45.99, 2);
    expect(fig(brief, 'storage.photo.retention')?.assumed).toBe(false);
  });

  it('assumes a 3-year horizon for database growth when no retention is stated, and says so', () => {
    const f = fig({ name: 'T', scale: { currentDataBytes: 450e9, dataGrowthBytesPerMonth: 20e9 } }, 'storage.database.after-horizon');
    expect(f).toMatchObject({ value: 1170, unit: 'GB', formula: '450 GB + 36 × 20 GB', assumed: true });
    const stated = fig({ name: 'T', scale: { currentDataBytes: 450e9, dataGrowthBytesPerMonth: 20e9, retentionYears: 1 } }, 'storage.database.after-horizon');
    expect(stated).toMatchObject({ value: 690, assumed: false });
  });

  it('derives peak requests from concurrent users with a stated assumption, and uses a stated peak as is', () => {
    expect(fig({ name: 'T', scale: { concurrentUsers: 300 } }, 'requests.peak-per-second')).toMatchObject({ value: 60, assumed: true });
    expect(fig({ name: 'T', scale: { peakRequestsPerSecond: 2500 } }, 'requests.peak-per-second')).toMatchObject({ value: 2500, assumed: false });
  });

  it('splits reads and writes by the stated ratio', () => {
    const brief = { name: 'T', scale: { peakRequestsPerSecond: 1100, readWriteRatio: 10 } };
    expect(fig(brief, 'requests.peak-reads-per-second')?.value).toBeCloseTo(1000);
    expect(fig(brief, 'requests.peak-writes-per-second')?.value).toBeCloseTo(100);
  });

  it('sizes API instances for peak with headroom, at least two for 99.9% availability', () => {
    expect(fig({ name: 'T', scale: { peakRequestsPerSecond: 2500 } }, 'instances.api')?.value).toBe(15);
    expect(fig({ name: 'T', scale: { concurrentUsers: 10 }, quality: { availability: 99.9 } }, 'instances.api')?.value).toBe(2);
    expect(fig({ name: 'T', scale: { concurrentUsers: 10 } }, 'instances.api')?.value).toBe(1);
  });

  it('counts realtime streams only when realtime is needed', () => {
    expect(fig({ name: 'T', scale: { concurrentUsers: 300 }, capabilities: { realtime: { needed: true } } }, 'connections.realtime')?.value).toBe(300);
    expect(fig({ name: 'T', scale: { concurrentUsers: 300 } }, 'connections.realtime')).toBeUndefined();
  });

  it('produces no storage or traffic figures for a brief that states no scale', () => {
    const ids = capacityModel(understood({ name: 'T' })).figures.map((f) => f.id);
    expect(ids.filter((id) => id.startsWith('storage.') || id.startsWith('requests.'))).toEqual([]);
  });
});
