import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import type { ArchwayIssue } from '../errors/issue.js';
import { ingestDrafts, type IngestedDrafts } from '../ingest/ingest-drafts.js';
import type { SourceRef } from '../model/source.js';
import { briefCodes } from './brief-codes.js';
import { briefSchema, type Brief, type Drafts, type Entity } from './brief-schema.js';
import type { FactSet } from './fact-set.js';
import { guardInput } from './input-guard.js';
import { loadMarkdownParser } from '../ingest/markdown-parser.js';
import { markPersonalData } from './mark-personal-data.js';
import { mergeFactSets } from './merge-fact-sets.js';
import { readMarkdownBrief } from './read-markdown-brief.js';
import { readYamlBrief } from './read-yaml-brief.js';
import { resolveFacts } from './resolve-facts.js';
import type { InputFile, UnderstoodBrief } from './understood-brief.js';

export interface ReadBriefOptions {
  readonly catalog?: Catalog;
}

const OPENAPI = /^\s*["']?(?:openapi|swagger)["']?\s*:/m;
const BRIEF_KEYS = new Set(Object.keys(briefSchema.shape));
/** Extensions read as they are; any other input is Markdown. */
const STRUCTURED = new Set(['sql', 'yaml', 'yml', 'json']);

function extension(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.includes('.') ? base.split('.').pop()!.toLowerCase() : '';
}

/** `---` front matter at the top of a Markdown file, padded so line numbers stay those of the file. */
function frontMatter(text: string): { yaml: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const keys = [...m[1]!.matchAll(/^([A-Za-z][\w-]*)\s*:/gm)].map((k) => k[1]!);
  if (!keys.some((k) => BRIEF_KEYS.has(k))) return undefined;
  const lines = m[0].split('\n').length - 1;
  return { yaml: `\n${m[1]!}`, body: '\n'.repeat(lines) + text.slice(m[0].length) };
}

function readOne(input: InputFile, catalog: Catalog): FactSet[] {
  const ext = extension(input.path);
  if (ext === 'sql') return [];
  if (ext === 'yaml' || ext === 'yml' || ext === 'json') return OPENAPI.test(input.content) ? [] : [readYamlBrief(input.path, input.content)];
  const fm = frontMatter(input.content);
  if (!fm) return [readMarkdownBrief(input.path, input.content, catalog)];
  const sets = [readYamlBrief(input.path, fm.yaml)];
  if (fm.body.trim() !== '') sets.push(readMarkdownBrief(input.path, fm.body, catalog));
  return sets;
}

function keyOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/s$/, '');
}

/** Entities from draft tables take precedence by name over entities named in prose. */
function mergeEntities(prose: readonly Entity[], ingested: IngestedDrafts, provenance: Map<string, SourceRef>): Entity[] {
  const given = ingested.entities;
  const tables = ingested.drafts.tables;
  given.forEach((entity, i) => {
    const source = tables[i]?.source;
    if (source) provenance.set(`entities.${entity.name}`, { file: source.file, line: source.line, text: `CREATE TABLE ${tables[i]!.name}` });
  });
  const taken = new Set(given.map((e) => keyOf(e.name)));
  return [...given, ...prose.filter((e) => !taken.has(keyOf(e.name)))];
}

function mergeDrafts(stated: Drafts, ingested: Drafts): Drafts {
  if (ingested.tables.length === 0 && ingested.operations.length === 0) return stated;
  return ingested;
}

/**
 * Reads YAML/JSON briefs, Markdown requirement documents (with their fenced SQL and OpenAPI drafts)
 * into one understood brief: validated facts with the line each came from, assumptions for what is
 * missing, questions that would replace them, and issues. Reads no files: inputs come in as text.
 *
 * @example
 * const { brief, provenance } = await readBrief([{ path: 'req.md', content: '- 300 concurrent users at peak.' }]);
 * // brief.scale.concurrentUsers === 300; provenance['scale.concurrentUsers'].source.line === 1
 */
export async function readBrief(inputs: readonly InputFile[], options: ReadBriefOptions = {}): Promise<UnderstoodBrief> {
  const issues: ArchwayIssue[] = [];
  if (inputs.length === 0) issues.push(briefCodes.issue('BRIEF_NO_INPUT', 'no input documents were given'));
  const accepted: InputFile[] = [];
  for (const input of inputs) {
    const problem = guardInput(input);
    if (problem) issues.push(problem);
    else accepted.push(input);
  }
  const catalog = options.catalog ?? loadCatalog();
  if (accepted.some((input) => !STRUCTURED.has(extension(input.path)))) await loadMarkdownParser();
  const sets = accepted.flatMap((input) => readOne(input, catalog));
  for (const set of sets) issues.push(...set.issues);
  const ingested = await ingestDrafts(accepted);
  issues.push(...ingested.issues);
  const merged = mergeFactSets(sets);
  issues.push(...merged.issues);
  const data = merged.data;
  if (typeof data['name'] !== 'string' || data['name'] === '') {
    const first = accepted[0]?.path.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '');
    data['name'] = first && first !== '' ? first : 'Untitled system';
  }
  const parsed = briefSchema.safeParse(data);
  let brief: Brief;
  if (parsed.success) brief = parsed.data;
  else {
    if (!issues.some((i) => i.severity === 'error')) {
      for (const issue of parsed.error.issues.slice(0, 20)) {
        const path = issue.path.map(String).join('.');
        issues.push(briefCodes.issue('BRIEF_INVALID_VALUE', `${path}: ${issue.message}`, { path }));
      }
    }
    brief = briefSchema.parse({ name: data['name'] });
  }
  brief = {
    ...brief,
    entities: markPersonalData(mergeEntities(brief.entities, ingested, merged.provenance), sets.flatMap((s) => s.personalDataOf)),
    drafts: mergeDrafts(brief.drafts, ingested.drafts),
  };
  const resolved = resolveFacts(brief, merged.provenance);
  return {
    brief: resolved.brief,
    provenance: resolved.provenance,
    assumptions: resolved.assumptions,
    questions: resolved.questions,
    issues: [...issues, ...resolved.issues],
  };
}
