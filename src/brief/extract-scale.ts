import { plural, singular } from '../ingest/inflect.js';
import type { SourceRef } from '../model/source.js';
import { allClauses, at, matchesIn, type Clause } from './clause-scan.js';
import { addItem, getPath, setFact, type FactSet } from './fact-set.js';
import type { TextUnit } from './markdown-units.js';
import { NUMBER, PER, SIZE, parseNumber, parsePer, parseSize, perMonth, type Per } from './quantity.js';

const N = NUMBER; // groups: digits, multiplier
const NOT_WORKLOADS = /^(users?|people|persons|times|percent|engineers|developers|tenants|organi[sz]ations|requests?|req|rps|calls?|bytes?|[kmgtp]i?b|hours?|minutes?|seconds?|days?|ms|usd|eur|dollars?|teams?|members?|gb of data|of)$/i;

function num(m: RegExpMatchArray, i: number): number | undefined {
  return parseNumber(m[i], m[i + 1]);
}

function tenantWords(set: FactSet): string {
  const noun = String(getPath(set.data, 'tenancy.tenantNoun') ?? 'tenant').toLowerCase();
  return [...new Set(['tenant', noun])].flatMap((w) => [w, plural(w)]).join('|');
}

function users(set: FactSet, c: Clause): void {
  const later = matchesIn(c.text, new RegExp(String.raw`\b(?:grow(?:s|ing)?|growth|scal(?:e|es|ing)|expand(?:s|ing)?|ris(?:e|es|ing)|increas(?:e|es|ing))\s+(?:up\s+)?to\s+${N}\s+(?:registered\s+)?users\b`, 'i'));
  for (const m of later) setFact(set, 'scale.registeredUsersLater', num(m, 1), at(c, m.index));
  const busy = later.map((m) => [m.index!, m.index! + m[0].length] as const);
  for (const m of matchesIn(c.text, new RegExp(String.raw`${N}\s+(registered|total|signed[- ]up|named|)\s*users\b(?!\s+(?:per|each|at\s+(?:the\s+same\s+time|once|a\s+time|peak)|concurrently|simultaneously|online))`, 'i'))) {
    if (busy.some(([s, e]) => m.index! >= s && m.index! < e)) continue;
    if (/(concurrent|simultaneous|active|online|daily|monthly)\s*$/i.test(c.text.slice(0, m.index!))) continue;
    setFact(set, 'scale.registeredUsers', num(m, 1), at(c, m.index));
  }
  const concurrent = [
    new RegExp(String.raw`${N}\s+(?:concurrent|simultaneous|parallel)\s+(?:users|sessions|connections)`, 'i'),
    new RegExp(String.raw`${N}\s+(?:users|people)\s+(?:online\s+)?(?:at\s+(?:the\s+same\s+time|once|a\s+time)|concurrently|simultaneously)`, 'i'),
  ];
  for (const re of concurrent) for (const m of matchesIn(c.text, re)) setFact(set, 'scale.concurrentUsers', num(m, 1), at(c, m.index));
  const perTenant = new RegExp(String.raw`${N}\s+users\s+per\s+(?:${tenantWords(set)})\b`, 'i');
  for (const m of matchesIn(c.text, perTenant)) setFact(set, 'tenancy.usersPerTenant', num(m, 1), at(c, m.index));
}

function tenants(set: FactSet, c: Clause): void {
  const words = tenantWords(set);
  const re = new RegExp(String.raw`(\bup\s+to\s+|\bgrowing\s+to\s+|\bgrow\s+to\s+)?${N}\s+(?:(?:${words})\b)?`, 'gi');
  let sawTenants = false;
  for (const m of matchesIn(c.text, re)) {
    const named = new RegExp(String.raw`(?:${words})\s*$`, 'i').test(m[0]);
    const later = /\blater\b|\bin the future\b|\beventually\b|\bwithin \w+ years\b/i.test(c.text.slice(m.index! + m[0].length, m.index! + m[0].length + 25));
    if (named && !later && !m[1]) {
      setFact(set, 'tenancy.tenants', num(m, 2), at(c, m.index));
      setFact(set, 'tenancy.mode', 'multi', at(c, m.index));
      sawTenants = true;
    } else if ((named || sawTenants) && (later || m[1]) && (named || /^\s*(later|in\b|eventually|within|by\b|[,;.)]|$)/i.test(c.text.slice(m.index! + m[0].length)))) {
      setFact(set, 'tenancy.tenantsLater', num(m, 2), at(c, m.index));
    }
  }
}

function requests(set: FactSet, c: Clause): void {
  const re = new RegExp(String.raw`${N}\s*(?:(?:API\s+)?(?:requests|req|calls|queries|hits)${PER}|(?:rps|req\/s|qps)\b)`, 'gi');
  for (const m of matchesIn(c.text, re)) {
    const n = num(m, 1);
    if (n === undefined) continue;
    const rate = m[3] ? parsePer(n, m[3]) : { count: n, per: 'second' as Per };
    if (!rate) continue;
    const perSecondValue = rate.per === 'second' ? rate.count : rate.per === 'minute' ? rate.count / 60 : undefined;
    if (perSecondValue === undefined) {
      addWorkload(set, 'requests', 'request', rate.count, rate.per, at(c, m.index));
      continue;
    }
    const around = c.text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20);
    const average = /\b(average|mean|typical|normal|sustained)\b/i.test(around) && !/\bpeak\b/i.test(around);
    setFact(set, average ? 'scale.averageRequestsPerSecond' : 'scale.peakRequestsPerSecond', Math.round(perSecondValue * 1000) / 1000, at(c, m.index));
  }
}

function workloadKind(name: string): 'read' | 'write' | 'event' | 'request' {
  if (/\b(reads?|views?|visits?|lookups?|fetch\w*|downloads?|searches|quer\w*|page ?views?)\b/i.test(name)) return 'read';
  if (/\b(events?|messages?|logs?|metrics?|signals?|notifications?|pings?|clicks?)\b/i.test(name)) return 'event';
  if (/\b(requests?|calls?|hits?)\b/i.test(name)) return 'request';
  return 'write';
}

function addWorkload(set: FactSet, name: string, kind: ReturnType<typeof workloadKind>, count: number, per: Per, source: SourceRef): void {
  addItem(set, 'scale.workloads', 'name', { name, kind, count: Math.round(count * 1000) / 1000, per }, source);
}

function workloads(set: FactSet, c: Clause): void {
  const re = new RegExp(String.raw`${N}\s+([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)${PER}`, 'gi');
  for (const m of matchesIn(c.text, re)) {
    const name = m[3]!.toLowerCase().replace(/^(new|more)\s+/, '').trim();
    if (NOT_WORKLOADS.test(name) || NOT_WORKLOADS.test(name.split(' ')[0]!)) continue;
    const n = num(m, 1);
    const rate = n === undefined ? undefined : parsePer(n, m[4]!);
    if (rate) addWorkload(set, name, workloadKind(name), rate.count, rate.per, at(c, m.index));
  }
}

function ratio(set: FactSet, c: Clause): void {
  const patterns = [
    /(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s+read[- /]?(?:to[- ]|:|\/)?\s*write/i,
    /read[- ]?(?:to[- ]|\/|:)\s*write\s+ratio\s*(?:of|is|:|=)?\s*(?:about\s+)?(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)/i,
  ];
  for (const re of patterns) {
    const m = re.exec(c.text);
    if (m && Number(m[2]) > 0) return setFact(set, 'scale.readWriteRatio', Number(m[1]) / Number(m[2]), at(c, m.index));
  }
  const perWrite = /(\d+(?:\.\d+)?)\s+reads?\s+(?:per|for every|for each|to each)\s+write/i.exec(c.text);
  if (perWrite) setFact(set, 'scale.readWriteRatio', Number(perWrite[1]), at(c, perWrite.index));
}

interface PendingItem {
  readonly name: string;
  readonly bytes: number;
  readonly count: number;
  readonly per?: string;
  readonly source: SourceRef;
}

const FILE_ITEM = /photo|image|picture|video|file|document|attachment|scan|upload|audio|recording|pdf|avatar/i;

function itemSizes(c: Clause, pending: PendingItem[]): void {
  const each = new RegExp(String.raw`${N}\s+([a-z]+(?:\s[a-z]+)?)\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?${SIZE}\s*(?:each\s+)?(?:on\s+average\s+)?(?:per|for\s+each|for\s+every)\s+([a-z]+(?:\s[a-z]+)?)`, 'gi');
  const covered: number[] = [];
  for (const m of matchesIn(c.text, each)) {
    const bytes = parseSize(m[4], m[5], m[6]);
    if (bytes === undefined) continue;
    pending.push({ name: singular(m[3]!), bytes, count: num(m, 1) ?? 1, per: m[7]!, source: at(c, m.index) });
    covered.push(m.index!);
  }
  const per = new RegExp(String.raw`${SIZE}\s+(?:each\s+)?(?:per|for\s+each|for\s+every)\s+([a-z]+(?:\s[a-z]+)?)`, 'gi');
  for (const m of matchesIn(c.text, per)) {
    if (covered.length > 0) continue;
    const name = m[4]!.toLowerCase();
    if (/^(second|minute|hour|day|week|month|year|sec|s|h|d)\b/.test(name)) continue;
    const bytes = parseSize(m[1], m[2], m[3]);
    if (bytes !== undefined) pending.push({ name: singular(name.split(' ').pop()!), bytes, count: 1, per: name, source: at(c, m.index) });
  }
  const sized = new RegExp(String.raw`\b(?:an?\s+|each\s+|the\s+)?(?:average|typical)?\s*([a-z]+?)s?\s+(?:size\s+)?(?:is|are|of|weighs?)\s+(?:about\s+|around\s+|up\s+to\s+|at\s+most\s+|roughly\s+)?${SIZE}`, 'gi');
  for (const m of matchesIn(c.text, sized)) {
    if (covered.length > 0 || /^(data|database|storage|total|it|this|that|which|growth|size|volume|budget|limit|quota|upload|file)$/i.test(m[1]!)) continue;
    const bytes = parseSize(m[2], m[3], m[4]);
    if (bytes !== undefined) pending.push({ name: singular(m[1]!), bytes, count: 1, source: at(c, m.index) });
  }
}

function resolveItems(set: FactSet, pending: readonly PendingItem[]): void {
  const workloads = (getPath(set.data, 'scale.workloads') as { name: string }[] | undefined) ?? [];
  for (const item of pending) {
    const key = singular((item.per ?? item.name).split(' ').pop()!);
    const target = workloads.find((w) => w.name.split(' ').map((x) => singular(x)).includes(key) || singular(w.name) === singular(item.per ?? ''));
    addItem(set, 'scale.itemSizes', 'name', {
      name: item.name,
      bytes: item.bytes,
      ...(target ? { perWorkload: target.name } : {}),
      countPerWorkload: item.count,
      kind: FILE_ITEM.test(item.name) ? 'file' : 'record',
    }, item.source);
  }
}

function dataVolume(set: FactSet, c: Clause): void {
  const current = new RegExp(String.raw`\b(?:holds?|stores?|contains?|has|have|hold)\s+(?:about\s+|around\s+|roughly\s+)?${SIZE}|${SIZE}\s+(?:of\s+(?:existing\s+)?data\s+)?(?:today|now|currently|at present)\b`, 'i');
  const m = current.exec(c.text);
  if (m) {
    const bytes = m[1] !== undefined ? parseSize(m[1], m[2], m[3]) : parseSize(m[4], m[5], m[6]);
    if (bytes !== undefined) setFact(set, 'scale.currentDataBytes', bytes, at(c, m.index));
  }
  const growth = new RegExp(String.raw`\b(?:grows?|growing|growth\s+of|adds?|adding|increases?)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+)?${SIZE}${PER}`, 'i');
  const g = growth.exec(c.text);
  if (g) {
    const bytes = parseSize(g[1], g[2], g[3]);
    const rate = bytes === undefined ? undefined : parsePer(bytes, g[4]!);
    if (rate) setFact(set, 'scale.dataGrowthBytesPerMonth', Math.round(perMonth(rate.count, rate.per)), at(c, g.index));
  }
}

function retention(set: FactSet, c: Clause): void {
  const re = /\b(?:kept|retained|stored|archived|preserved|held|keep|retain|store)\s+(?:for\s+)?(?:at\s+least\s+|up\s+to\s+)?(\d+(?:\.\d+)?)\s+(years?|months?)\b|\bretention(?:\s+period)?\s*(?:of|is|:)?\s*(\d+(?:\.\d+)?)\s+(years?|months?)\b|\b(?:expire|expires|expired|deleted|purged|removed)\s+after\s+(\d+(?:\.\d+)?)\s+(years?|months?)\b/i;
  const m = re.exec(c.text);
  if (!m) return;
  const value = Number(m[1] ?? m[3] ?? m[5]);
  const unit = m[2] ?? m[4] ?? m[6] ?? 'years';
  const years = /^month/i.test(unit) ? Math.round((value / 12) * 1000) / 1000 : value;
  const files = /\b(photos?|images?|pictures?|files?|documents?|attachments?|videos?|uploads?|recordings?|scans?)\b/i.test(c.text.slice(0, m.index! + 1));
  setFact(set, files ? 'scale.fileRetentionYears' : 'scale.retentionYears', years, at(c, m.index));
}

/** Users, tenants, request rates, workloads, item sizes, data volume and retention, as plain numbers. */
export function extractScale(set: FactSet, units: readonly TextUnit[]): void {
  const pending: PendingItem[] = [];
  for (const c of allClauses(units)) {
    users(set, c);
    tenants(set, c);
    requests(set, c);
    workloads(set, c);
    ratio(set, c);
    itemSizes(c, pending);
    dataVolume(set, c);
    retention(set, c);
  }
  resolveItems(set, pending);
}
