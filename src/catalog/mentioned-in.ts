import type { Technology } from './catalog.js';

/**
 * Every name and alias of every technology, compiled into two alternations (case-insensitive
 * and exact-case terms), so a lookup scans the text twice instead of once per term.
 */
export interface MentionMatcher {
  readonly insensitive: RegExp | null;
  readonly sensitive: RegExp | null;
  readonly byLowerTerm: ReadonlyMap<string, Technology>;
  readonly byExactTerm: ReadonlyMap<string, Technology>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whitespace inside a term matches any run of spaces or hyphens (`Docker Compose`, `docker-compose`). */
function normalise(term: string): string {
  return term.toLowerCase().replace(/[\s-]+/g, ' ');
}

/**
 * Word boundaries that work for names ending or starting in punctuation (`C#`, `.NET`, `Node.js`):
 * the characters around a match must not be letters, digits, `_`, `#`, `+` or a `.` joined to a word.
 */
function alternation(terms: readonly string[], caseSensitive: boolean): RegExp | null {
  if (terms.length === 0) return null;
  // Longest first, so the alternation prefers `ASP.NET Core` over `.NET` at the same position.
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = sorted.map((t) => escape(t).replace(/\s+/g, '[\\s-]+')).join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}_#+])(?<![\\p{L}\\p{N}]\\.)(?:${body})(?![\\p{L}\\p{N}_#+])(?!\\.[\\p{L}\\p{N}])`,
    caseSensitive ? 'gu' : 'giu',
  );
}

/** Compiles the matcher once per catalog. */
export function compileMentionPatterns(technologies: readonly Technology[]): MentionMatcher {
  const byLowerTerm = new Map<string, Technology>();
  const byExactTerm = new Map<string, Technology>();
  const insensitive: string[] = [];
  const sensitive: string[] = [];
  for (const tech of technologies) {
    const exact = new Set(tech.caseSensitive ?? []);
    for (const term of [tech.name, ...tech.aliases]) {
      if (exact.has(term)) {
        if (!byExactTerm.has(term)) byExactTerm.set(term, tech);
        sensitive.push(term);
      } else {
        const key = normalise(term);
        if (!byLowerTerm.has(key)) byLowerTerm.set(key, tech);
        insensitive.push(term);
      }
    }
  }
  return {
    insensitive: alternation(insensitive, false),
    sensitive: alternation(sensitive, true),
    byLowerTerm,
    byExactTerm,
  };
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly tech: Technology;
}

/**
 * Technologies named in `text`, in order of first mention, without duplicates. Overlapping
 * matches keep the longest (`ASP.NET Core` wins over `.NET`, `Docker Compose` over `Docker`).
 */
export function findMentions(matcher: MentionMatcher, text: string): Technology[] {
  const hits: Hit[] = [];
  if (matcher.insensitive) {
    for (const m of text.matchAll(matcher.insensitive)) {
      const tech = matcher.byLowerTerm.get(normalise(m[0]));
      if (tech) hits.push({ start: m.index, end: m.index + m[0].length, tech });
    }
  }
  if (matcher.sensitive) {
    for (const m of text.matchAll(matcher.sensitive)) {
      const tech = matcher.byExactTerm.get(m[0].replace(/[\s-]+/g, ' '));
      if (tech) hits.push({ start: m.index, end: m.index + m[0].length, tech });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.tech.id.localeCompare(b.tech.id));
  const found: Technology[] = [];
  const seen = new Set<string>();
  let coveredUntil = -1;
  for (const hit of hits) {
    if (hit.start < coveredUntil) continue;
    coveredUntil = hit.end;
    if (seen.has(hit.tech.id)) continue;
    seen.add(hit.tech.id);
    found.push(hit.tech);
  }
  return found;
}
