import { stringify } from 'yaml';
import type { Question } from '../model/source.js';
import { briefSchema } from './brief-schema.js';
import { setPath } from './fact-set.js';
import type { UnderstoodBrief } from './understood-brief.js';

type Obj = Record<string, unknown>;

function deletePath(root: Obj, path: string): void {
  const parts = path.split('.');
  let obj: unknown = root;
  for (const part of parts.slice(0, -1)) {
    if (typeof obj !== 'object' || obj === null) return;
    obj = (obj as Obj)[part];
  }
  if (typeof obj === 'object' && obj !== null) delete (obj as Obj)[parts[parts.length - 1]!];
}

const DEFAULTS = briefSchema.parse({ name: 'defaults' }) as unknown as Obj;

/** Drops section values equal to their schema defaults (`tenantNoun: tenant`, `billing: none`). */
function dropSectionDefaults(body: Obj): void {
  for (const section of ['scale', 'quality', 'tenancy', 'capabilities', 'constraints']) {
    const walk = (obj: Obj, defaults: Obj): void => {
      for (const [k, v] of Object.entries(obj)) {
        const d = defaults[k];
        if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof d === 'object' && d !== null) walk(v as Obj, d as Obj);
        else if (typeof v === 'string' && v === d && k !== 'mode') delete obj[k];
      }
    };
    if (typeof body[section] === 'object' && body[section] !== null) walk(body[section] as Obj, DEFAULTS[section] as Obj);
  }
}

/** Drops values equal to their defaults (false, empty lists and strings) so the brief reads like one written by hand. */
function prune(value: unknown, inRelation = false): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v, inRelation));
  if (typeof value !== 'object' || value === null) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value as Obj)) {
    if (k === 'drafts' || k === 'answers') continue;
    const child = prune(v, inRelation || k === 'relations');
    // `required` defaults to true on relations and `tenantOwned` has no default: their false is meaningful.
    if (child === false && k !== 'tenantOwned' && !(k === 'required' && inRelation)) continue;
    if (child === '' || (Array.isArray(child) && child.length === 0)) continue;
    if (typeof child === 'object' && child !== null && !Array.isArray(child) && Object.keys(child).length === 0) continue;
    if (k === 'reason' && child === 'Given in the requirements.') continue;
    out[k] = child;
  }
  return out;
}

function optionsLine(q: Question): string {
  return q.options.map((o) => `${o.key}) ${o.label}`).join(' · ');
}

function comment(lines: readonly string[]): string {
  return lines.map((l) => (l === '' ? '#' : `# ${l}`)).join('\n');
}

function header(u: UnderstoodBrief): string {
  const lines = ['Archway brief: what Archway understood of the inputs. Edit it, then run', '`archway design brief.yaml --out DIR`. Format: docs/brief-format.md (JSON Schema: schema/brief.schema.json).'];
  if (u.assumptions.length > 0) {
    lines.push('', 'Assumed (the inputs do not say; answer the question to replace the assumption):');
    for (const a of u.assumptions) lines.push(`  ${a.path} = ${JSON.stringify(a.value)}: ${a.reason}${a.questionId ? ` [${a.questionId}]` : ''}`);
  }
  const open = u.questions.filter((q) => q.answer === undefined);
  if (open.length > 0) {
    lines.push('', 'Open questions (answer under `answers:` with an option key or a value):');
    for (const q of open) lines.push(`  ${q.id}: ${q.question}`, `    ${optionsLine(q)}`);
  }
  const answered = u.questions.filter((q) => q.answer !== undefined);
  if (answered.length > 0) {
    lines.push('', 'Answered:');
    for (const q of answered) lines.push(`  ${q.id}: ${q.question} → ${q.answer}`);
  }
  const notes = u.issues.filter((i) => i.severity !== 'error');
  if (notes.length > 0) {
    lines.push('', 'Notes:');
    for (const i of notes) lines.push(`  ${i.code}: ${i.message}`);
  }
  return comment(lines);
}

function answersBlock(u: UnderstoodBrief): string {
  const given = Object.entries(u.brief.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const open = u.questions.filter((q) => q.answer === undefined);
  const lines = ['answers:'];
  for (const [id, answer] of given) lines.push(`  ${stringify({ [id]: answer }).trimEnd()}`);
  for (const q of open) lines.push(`  # ${q.id}: ${q.options[0]?.key ?? ''}    # ${q.question} ${optionsLine(q)}`);
  return lines.join('\n');
}

/**
 * The understood brief as commented YAML: assumptions and open questions at the top, stated facts
 * as the body (assumed and answered values are left out, so answering a question takes effect on
 * the next run), and an `answers:` section ready to fill in.
 */
export function briefToYaml(understood: UnderstoodBrief): string {
  const body = structuredClone(understood.brief) as unknown as Obj;
  for (const [path, p] of Object.entries(understood.provenance)) if (p.kind !== 'stated') deletePath(body, path);
  dropSectionDefaults(body);
  const pruned = prune(body) as Obj;
  const drafts = understood.brief.drafts;
  if (drafts.tables.length > 0 || drafts.operations.length > 0) setPath(pruned, 'drafts', drafts);
  const yaml = stringify(pruned, { lineWidth: 100, sortMapEntries: false });
  return `${header(understood)}\n${yaml}${answersBlock(understood)}\n`;
}
