import type { UnderstoodBrief } from '../brief/understood-brief.js';
import type { CapacityFigure, CapacityInput } from '../model/capacity.js';
import { CAPACITY_ASSUMPTIONS as A } from './capacity-assumptions.js';
import { assumption, briefInput, figure, fmt, fromFigure } from './figure.js';
import { SECONDS_PER, slug } from './traffic-figures.js';

const GB = 1e9;
const TB = 1e12;

/** Decimal units: `3000000` → `3 MB`. */
export function fmtBytes(bytes: number): string {
  const units: [number, string][] = [[1e12, 'TB'], [1e9, 'GB'], [1e6, 'MB'], [1e3, 'KB']];
  for (const [size, unit] of units) if (bytes >= size) return `${fmt(bytes / size)} ${unit}`;
  return `${fmt(bytes)} B`;
}

function horizon(understood: UnderstoodBrief, path: 'scale.retentionYears' | 'scale.fileRetentionYears'): CapacityInput {
  const { scale } = understood.brief;
  if (path === 'scale.fileRetentionYears' && scale.fileRetentionYears !== undefined) {
    return briefInput(understood, 'file retention', scale.fileRetentionYears, 'years', path);
  }
  if (scale.retentionYears !== undefined) return briefInput(understood, 'retention', scale.retentionYears, 'years', 'scale.retentionYears');
  return assumption('retentionYears', A.retentionYears, 'years');
}

/** Storage per day, year and retention horizon for files and records, and database growth. */
export function storageFigures(understood: UnderstoodBrief): CapacityFigure[] {
  const { scale } = understood.brief;
  const out: CapacityFigure[] = [];
  const fileTotals: CapacityFigure[] = [];
  const recordTotals: CapacityFigure[] = [];

  scale.itemSizes.forEach((item, i) => {
    const wIndex = scale.workloads.findIndex((w) => w.name === item.perWorkload);
    const workload = scale.workloads[wIndex];
    if (!workload) return;
    const perDay = (workload.count / SECONDS_PER[workload.per]) * 86_400;
    const bytesPerDay = perDay * item.countPerWorkload * item.bytes;
    const id = `storage.${slug(item.name)}`;
    const daily = figure(`${id}.per-day`, `${item.name} storage per day`, bytesPerDay / GB, 'GB',
      `${fmt(perDay)} × ${fmt(item.countPerWorkload)} × ${fmtBytes(item.bytes)}`, [
        briefInput(understood, `${workload.name} per day`, perDay, '/day', `scale.workloads.${wIndex}.count`),
        briefInput(understood, `${item.name} per ${workload.name}`, item.countPerWorkload, 'items', `scale.itemSizes.${i}.countPerWorkload`),
        briefInput(understood, `${item.name} size`, item.bytes, 'bytes', `scale.itemSizes.${i}.bytes`),
      ]);
    const yearly = figure(`${id}.per-year`, `${item.name} storage per year`, (bytesPerDay * 365) / TB, 'TB',
      `${fmtBytes(bytesPerDay)} × 365`, [fromFigure(daily)]);
    const years = horizon(understood, item.kind === 'file' ? 'scale.fileRetentionYears' : 'scale.retentionYears');
    const total = figure(`${id}.retention`, `${item.name} storage over ${fmt(years.value)} years`, yearly.value * years.value, 'TB',
      `${fmtBytes(yearly.value * TB)} × ${fmt(years.value)}`, [fromFigure(yearly), years]);
    out.push(daily, yearly, total);
    (item.kind === 'file' ? fileTotals : recordTotals).push(total);
  });

  if (fileTotals.length > 0) {
    const sum = fileTotals.reduce((s, f) => s + f.value, 0);
    out.push(figure('storage.files.retention', 'File storage over the retention horizon', sum, 'TB',
      fileTotals.map((f) => fmtBytes(f.value * TB)).join(' + '), fileTotals.map((f) => fromFigure(f))));
  }

  let database: CapacityFigure | undefined;
  if (scale.currentDataBytes !== undefined || scale.dataGrowthBytesPerMonth !== undefined) {
    const current = scale.currentDataBytes ?? 0;
    const growth = scale.dataGrowthBytesPerMonth ?? 0;
    const years = horizon(understood, 'scale.retentionYears');
    const months = years.value * 12;
    const inputs = [
      briefInput(understood, 'current data', current, 'bytes', 'scale.currentDataBytes'),
      briefInput(understood, 'growth per month', growth, 'bytes', 'scale.dataGrowthBytesPerMonth'),
      years,
    ];
    if (scale.currentDataBytes !== undefined) out.push(figure('storage.database.current', 'Database size today', current / GB, 'GB', fmtBytes(current), [inputs[0]!]));
    database = figure('storage.database.after-horizon', `Database size after ${fmt(years.value)} years`, (current + months * growth) / GB, 'GB',
      `${fmtBytes(current)} + ${fmt(months)} × ${fmtBytes(growth)}`, inputs);
    out.push(database);
  }

  const parts = [...(database ? [database] : []), ...recordTotals, ...fileTotals];
  if (parts.length > 0) {
    const bytes = parts.reduce((s, f) => s + f.value * (f.unit === 'GB' ? GB : TB), 0);
    out.push(figure('storage.total-retention', 'Total storage over the horizon', bytes / TB, 'TB',
      parts.map((f) => `${fmt(f.value)} ${f.unit}`).join(' + '), parts.map((f) => fromFigure(f))));
  }
  return out;
}
