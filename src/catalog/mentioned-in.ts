import type { Technology } from './catalog.js';

interface Pattern {
  readonly regex: RegExp;
  readonly tech: Technology;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Word boundaries that work for names ending or starting in punctuation (`C#`, `.NET`, `Node.js`):
 * the characters around a match must not be letters, digits, `_`, `#`, `+` or a `.` joined to a word.
 */
function boundaryRegex(term: string, caseSensitive: boolean): RegExp {
  const body = escape(term).replace(/\s+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}_#+])(?<![\\p{L}\\p{N}]\\.)${body}(?![\\p{L}\\p{N}_#+])(?!\\.[\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** Compiles the matcher once per catalog: every name and alias of every technology. */
export function compileMentionPatterns(technologies: readonly Technology[]): readonly Pattern[] {
  const patterns: Pattern[] = [];
  for (const tech of technologies) {
    const exact = new Set(tech.caseSensitive ?? []);
    for (const term of [tech.name, ...tech.aliases]) {
      patterns.push({ regex: boundaryRegex(term, exact.has(term)), tech });
    }
  }
  return patterns;
}

/**
 * Technologies named in `text`, in order of first mention, without duplicates. Overlapping
 * matches keep the longest (`ASP.NET Core` wins over `.NET`, `Docker Compose` over `Docker`).
 */
export function findMentions(patterns: readonly Pattern[], text: string): Technology[] {
  const hits: { start: number; end: number; tech: Technology }[] = [];
  for (const { regex, tech } of patterns) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      hits.push({ start: m.index, end: m.index + m[0].length, tech });
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
