import type { SecretHit, Suppression } from '../review-types.js';

/** Token formats, each with a piece of text every match holds (a line without it is not tried). */
const TOKEN_PATTERNS: readonly { readonly name: string; readonly pattern: RegExp; readonly holds: readonly string[] }[] = [
  { name: 'AWS access key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, holds: ['AKIA', 'ASIA'] },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, holds: ['gh'] },
  { name: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}\b/, holds: ['k_live_'] },
  { name: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, holds: ['xox'] },
  { name: 'OpenAI key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/, holds: ['sk-'] },
  { name: 'private key', pattern: /-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY-----/, holds: ['PRIVATE KEY'] },
];

const ASSIGNMENT =
  /\b([A-Za-z_$][\w$]*?(?:password|passwd|pwd|secret|api_?key|apikey|access_?token|auth_?token|private_?key|client_?secret|signing_?key)[\w$]*)["']?\s*(?::|=|:=)\s*(?:[A-Za-z_.]+\()?["'`]([^"'`\s]{8,})["'`]/i;
const QUOTED_VALUE = /["'`][^"'`\s]{8,}["'`]/;
const CONNECTION = /\b[a-z][a-z0-9+]*:\/\/[^:/\s"'@]+:([^@\s"'/]{3,})@/i;
const PLACEHOLDER = /^(?:changeme|change-me|change_me|example|your[-_]|xxx|\*{3,}|<[^>]*>|\$\{|\{\{|%\(|test|dummy|placeholder|redacted|secret$|password$|process\.env|os\.environ)/i;

/** Cheap pre-filter: a line without any of these cannot hold a secret the patterns below find. */
const MAYBE_SECRET = /AKIA|ASIA|gh[pousr]_|_live_|xox|sk-|PRIVATE KEY|pass|pwd|secret|key|token|:\/\//i;

export function redact(value: string): string {
  return `${value.slice(0, 4)}${'*'.repeat(Math.min(8, Math.max(4, value.length - 4)))}`;
}

/** The secret on one line (1-based `line`), if it holds one. */
function secretOn(text: string, line: number): SecretHit | undefined {
  for (const { name, pattern, holds } of TOKEN_PATTERNS) {
    if (!holds.some((piece) => text.includes(piece))) continue;
    const m = pattern.exec(text);
    if (m) return { line, column: m.index + 1, name, redacted: redact(m[0]) };
  }
  // A secret-named assignment holds a quoted value of eight or more characters; a password in a connection string, `://`.
  const a = QUOTED_VALUE.test(text) ? ASSIGNMENT.exec(text) : null;
  if (a && !PLACEHOLDER.test(a[2]!)) return { line, column: a.index + 1, name: a[1]!, redacted: redact(a[2]!) };
  const c = text.includes('://') ? CONNECTION.exec(text) : null;
  if (c && !PLACEHOLDER.test(c[1]!) && !/^(?:\$|\{|%)/.test(c[1]!)) return { line, column: c.index + 1, name: 'connection string password', redacted: redact(c[1]!) };
  return undefined;
}

const MAYBE_SECRET_ANYWHERE = new RegExp(MAYBE_SECRET.source, 'gi');

/**
 * Hard-coded credentials in a file's text (lines split at `\n`): token formats, secret-named
 * assignments and passwords inside connection strings, at most one per line. Only the lines the
 * pre-filter finds anything on are looked at.
 */
export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const candidates = MAYBE_SECRET_ANYWHERE;
  candidates.lastIndex = 0;
  let line = 1;
  let counted = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const start = text.lastIndexOf('\n', m.index - 1) + 1;
    const newline = text.indexOf('\n', m.index);
    const end = newline < 0 ? text.length : newline;
    for (let at = text.indexOf('\n', counted); at >= 0 && at < start; at = text.indexOf('\n', at + 1)) line += 1;
    counted = start;
    if (end - start <= 2000) {
      const hit = secretOn(text.slice(start, end), line);
      if (hit) hits.push(hit);
    }
    candidates.lastIndex = end;
  }
  return hits;
}

const SUPPRESSION = /(?:\/\/|#|\/\*)\s*archway-ignore\s+([\w./-]+)(.*)$/;

/**
 * `// archway-ignore <rule-id>: <reason> [ADR-003]` (or `#` in Python). Applies to its own line and
 * the next one. A suppression without a reason is returned separately: it is itself a finding.
 */
export function findSuppressions(text: string): { suppressions: Suppression[]; bad: { line: number; ruleId: string }[] } {
  const suppressions: Suppression[] = [];
  const bad: { line: number; ruleId: string }[] = [];
  if (!text.includes('archway-ignore')) return { suppressions, bad };
  text.split('\n').forEach((line, i) => {
    if (!line.includes('archway-ignore')) return;
    const m = SUPPRESSION.exec(line);
    if (!m) return;
    const ruleId = m[1]!;
    const rest = (m[2] ?? '').replace(/\*\/\s*$/, '').trim();
    let reason = rest.startsWith(':') ? rest.slice(1).trim() : '';
    const adr = /\[(ADR-\d+)\]\s*$/.exec(reason);
    if (adr) reason = reason.slice(0, adr.index).trim();
    if (!reason) bad.push({ line: i + 1, ruleId });
    else suppressions.push({ line: i + 1, ruleId, reason, ...(adr ? { adr: adr[1]! } : {}) });
  });
  return { suppressions, bad };
}

/** Words that mark a handler as paginating its results. */
export const PAGINATION_WORDS = /\b(limit|offset|page|page_?size|per_?page|cursor|take|skip|after|before|pageToken|page_token)\b/i;

/** A SQL statement in a string: the table it reads or writes. */
export const SQL_STATEMENT = /\b(?:select\b[\s\S]*?\bfrom|insert\s+into|update|delete\s+from)\s+["`]?([A-Za-z_][\w]*)["`]?/i;
export const SQL_START = /^\s*(?:select|insert|update|delete|with)\s/i;
