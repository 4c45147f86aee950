import { DECISION_AREAS, type Decision } from '../model/decision.js';

/**
 * Orders decisions by area and numbers an ADR for every one that applies:
 * `{ number: 1, slug: 'architecture-style', file: 'docs/adr/ADR-001-architecture-style.md' }`.
 */
export function numberAdrs(decisions: readonly Decision[]): Decision[] {
  const order = (d: Decision) => DECISION_AREAS.indexOf(d.area);
  let n = 0;
  return [...decisions]
    .sort((a, b) => order(a) - order(b))
    .map((d) => {
      if (d.status === 'not-applicable') {
        const { adr: _adr, ...rest } = d;
        return rest;
      }
      n += 1;
      const slug = d.area;
      return { ...d, adr: { number: n, slug, file: `docs/adr/ADR-${String(n).padStart(3, '0')}-${slug}.md` } };
    });
}
