import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBrief } from '../../src/brief/read-brief.js';
import { mentions } from '../../src/compose/contracts/requirement-mentions.js';
import { plural, singular, words } from '../../src/ingest/inflect.js';
import { largeBrief } from '../../bench/large-brief.js';

/** The definition: for each entity in turn, the first word position where its words appear, the last one in any number. */
function reference(text: string, entities: readonly string[]) {
  const toks = text.toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 0);
  const out: { entity: string; at: number }[] = [];
  for (const entity of entities) {
    const ws = words(entity);
    if (ws.length === 0) continue;
    const last = ws[ws.length - 1]!;
    const at = toks.findIndex((_, i) => i + ws.length <= toks.length
      && ws.slice(0, -1).every((w, k) => toks[i + k] === w)
      && [last, plural(last)].includes(toks[i + ws.length - 1]!) || singular(toks[i + ws.length - 1] ?? '') === last && ws.slice(0, -1).every((w, k) => toks[i + k] === w) && i + ws.length <= toks.length);
    if (at >= 0) out.push({ entity, at });
  }
  return out.sort((a, b) => a.at - b.at || a.entity.localeCompare(b.entity));
}

describe('entity mentions in requirements', () => {
  it('finds in every example and the large brief exactly the first mention of each entity, in reading order', async () => {
    const examples = path.resolve(import.meta.dirname, '../fixtures/briefs');
    const briefs = await Promise.all([
      ...['jeex-plan', 'berqenas', 'nexusflow', 'orchestra', 'fieldservice'].map((n) => readBrief([{ path: `${n}.yaml`, content: readFileSync(path.join(examples, `${n}.yaml`), 'utf8') }])),
      readBrief([{ path: 'large.yaml', content: largeBrief() }]),
    ]);
    let compared = 0;
    for (const { brief } of briefs) {
      const names = brief.entities.map((e) => e.name);
      for (const r of brief.requirements) {
        expect(mentions(r, names), r.text).toEqual(reference(r.text, names));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('matches multi-word names in the singular or plural, and a longer name alongside its prefix', () => {
    const r = { id: 'FR-1', kind: 'functional', text: 'Dispatchers assign work orders to a technician and log each Work Order Note.' } as Parameters<typeof mentions>[0];
    expect(mentions(r, ['Technician', 'WorkOrder', 'WorkOrderNote', 'Invoice'])).toEqual([
      { entity: 'WorkOrder', at: 2 },
      { entity: 'Technician', at: 6 },
      { entity: 'WorkOrderNote', at: 10 },
    ]);
  });
});
