/**
 * Numbers and units as people write them: `2,000`, `15 million`, `2.5k`, `10M`, `Six`, `3 MB`,
 * `per day`, `under 5 minutes`. Sizes are decimal (1 KB = 1,000 bytes; KiB is 1,024).
 */

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mio: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};

/** A number with an optional multiplier word; group 1 digits, group 2 multiplier. */
export const NUMBER = String.raw`(\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|K|thousand|M|mn|mio|million|millions|B|bn|billion)\b)?`;
/** A number or a number word (`six`), for counts of people and teams. */
export const COUNT = String.raw`(?:${NUMBER}|\b(${Object.keys(WORD_NUMBERS).join('|')})\b)`;

export function parseNumber(digits: string | undefined, multiplier?: string, word?: string): number | undefined {
  if (word !== undefined) return WORD_NUMBERS[word.toLowerCase()];
  if (digits === undefined) return undefined;
  const n = Number(digits.replace(/[,\u202f\u00a0]/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const m = multiplier ? MULTIPLIERS[multiplier.toLowerCase()] ?? 1 : 1;
  return Math.round(n * m * 1e6) / 1e6;
}

/** Parses the first number in a text (`"2.5k"` → 2500, `"six"` → 6). */
export function firstNumber(text: string): number | undefined {
  const m = new RegExp(COUNT, 'i').exec(text);
  return m ? parseNumber(m[1], m[2], m[3]) : undefined;
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  b: 1, byte: 1, bytes: 1,
  kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
};
export const SIZE = String.raw`${NUMBER}\s?(KiB|MiB|GiB|TiB|KB|kB|MB|GB|TB|PB|bytes|byte)\b`;

export function parseSize(digits: string | undefined, multiplier: string | undefined, unit: string | undefined): number | undefined {
  const n = parseNumber(digits, multiplier);
  const u = unit ? SIZE_UNITS[unit.toLowerCase()] : undefined;
  return n === undefined || u === undefined ? undefined : Math.round(n * u);
}

export type Per = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';
/** `per day`, `a day`, `/day`, `each month`, `per sec`. Group: the unit word. */
export const PER = String.raw`(?:\s?\/\s?|\s+(?:per|a|an|each|every)\s+)(second|sec|s|minute|min|hour|hr|h|day|d|week|month|mo|year|yr)\b`;

const PER_WORDS: Readonly<Record<string, Per | 'week'>> = {
  second: 'second', sec: 'second', s: 'second', minute: 'minute', min: 'minute', hour: 'hour', hr: 'hour', h: 'hour',
  day: 'day', d: 'day', week: 'week', month: 'month', mo: 'month', year: 'year', yr: 'year',
};

/** Normalises a rate to one of the schema's units (weeks become days). */
export function parsePer(count: number, unit: string): { count: number; per: Per } | undefined {
  const per = PER_WORDS[unit.toLowerCase()];
  if (per === undefined) return undefined;
  if (per === 'week') return { count: count / 7, per: 'day' };
  return { count, per };
}

const SECONDS: Readonly<Record<Per, number>> = { second: 1, minute: 60, hour: 3600, day: 86400, month: 2629800, year: 31557600 };

export function perSecond(count: number, per: Per): number {
  return count / SECONDS[per];
}

export function perMonth(count: number, per: Per): number {
  return (count / SECONDS[per]) * SECONDS.month;
}

export const DURATION = String.raw`${NUMBER}\s?(ms|milliseconds?|msec|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?|yrs?)\b`;

const DURATION_MINUTES: ReadonlyArray<[RegExp, number]> = [
  [/^(ms|msec|milliseconds?)$/i, 1 / 60000],
  [/^(s|secs?|seconds?)$/i, 1 / 60],
  [/^(minutes?|mins?)$/i, 1],
  [/^(hours?|hrs?|h)$/i, 60],
  [/^days?$/i, 1440],
  [/^weeks?$/i, 10080],
  [/^months?$/i, 43830],
  [/^(years?|yrs?)$/i, 525960],
];

/** A duration in minutes (`5 minutes` → 5, `350 ms` → 0.00583…). */
export function parseDurationMinutes(digits: string | undefined, multiplier: string | undefined, unit: string | undefined): number | undefined {
  const n = parseNumber(digits, multiplier);
  if (n === undefined || unit === undefined) return undefined;
  const row = DURATION_MINUTES.find(([re]) => re.test(unit));
  return row ? n * row[1] : undefined;
}

export function minutesToMs(minutes: number): number {
  return Math.round(minutes * 60000 * 1000) / 1000;
}

export function minutesToYears(minutes: number): number {
  return Math.round((minutes / 525960) * 1000) / 1000;
}
