/** Word helpers shared by ingestion and composition: singular/plural, Pascal/snake/kebab/camel case. */
import { ownValue } from '../shared/own-value.js';

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  datum: 'data',
  index: 'indexes',
  status: 'statuses',
};
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS).map(([s, p]) => [p, s]),
);
/** Words whose singular and plural are the same. */
const UNCOUNTABLE = new Set(['stock', 'equipment', 'information', 'data', 'metadata', 'feedback', 'news', 'series', 'media', 'audit', 'inventory']);

/** Split names already seen: the pipeline asks for the same few hundred names many thousand times. */
const WORDS_CACHE = new Map<string, readonly string[]>();
const WORDS_CACHE_LIMIT = 20_000;

/** Splits `WorkOrder`, `work_orders`, `work-orders` or `work orders` into lower-case words. */
export function words(name: string): string[] {
  let cached = WORDS_CACHE.get(name);
  if (cached === undefined) {
    cached = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter((w) => w.length > 0)
      .map((w) => w.toLowerCase());
    if (WORDS_CACHE.size >= WORDS_CACHE_LIMIT) WORDS_CACHE.clear();
    WORDS_CACHE.set(name, cached);
  }
  return cached.slice();
}

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (UNCOUNTABLE.has(w)) return w;
  const irregularSingular = ownValue(IRREGULAR_SINGULARS, w);
  if (irregularSingular) return irregularSingular;
  if (ownValue(IRREGULAR_PLURALS, w)) return w;
  if (/ies$/.test(w) && w.length > 3) return w.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w) && w.length > 1) return w.slice(0, -1);
  return w;
}

export function plural(word: string): string {
  const w = word.toLowerCase();
  if (UNCOUNTABLE.has(w)) return w;
  const irregularPlural = ownValue(IRREGULAR_PLURALS, w);
  if (irregularPlural) return irregularPlural;
  if (ownValue(IRREGULAR_SINGULARS, w)) return w;
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

function mapLast(ws: string[], f: (w: string) => string): string[] {
  if (ws.length === 0) return ws;
  return [...ws.slice(0, -1), f(ws[ws.length - 1]!)];
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** `work_orders` → `WorkOrder`. */
export function entityNameOf(tableOrPhrase: string): string {
  return mapLast(words(tableOrPhrase), singular).map(cap).join('');
}

/** `WorkOrder` → `work_orders`. */
export function tableNameOf(entity: string): string {
  return mapLast(words(entity), plural).join('_');
}

/** `WorkOrder` → `work-orders`. */
export function resourceNameOf(entity: string): string {
  return mapLast(words(entity), plural).join('-');
}

/** `WorkOrder` → `work_order`. */
export function snakeCase(name: string): string {
  return words(name).join('_');
}

/** `work_order_id` → `workOrderId`. */
export function camelCase(name: string): string {
  const ws = words(name);
  return ws.map((w, i) => (i === 0 ? w : cap(w))).join('');
}

/** `work_orders` → `WorkOrders`. */
export function pascalCase(name: string): string {
  return words(name).map(cap).join('');
}
