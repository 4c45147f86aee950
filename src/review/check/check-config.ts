import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ArchwayError } from '../../errors/issue.js';
import { reviewCodes } from '../review-codes.js';
import { REVIEW_RULES } from '../rules/rule-catalog.js';
import { findCheckConfig } from './check-config-file.js';

const severity = z.enum(['error', 'warning', 'info', 'off']);
const stringOrList = z.union([z.string(), z.array(z.string())]).transform((v) => (typeof v === 'string' ? [v] : v));
const selector = z.object({ path: stringOrList.optional(), layer: stringOrList.optional() }).strict();
const common = {
  id: z.string().min(1),
  /** Why the rule exists: shown with every violation. */
  comment: z.string().min(1, 'every rule needs a comment saying why'),
  severity: severity.default('error'),
  /** The ADR that motivated the rule, e.g. `docs/adr/ADR-003-layering.md`. */
  adr: z.string().optional(),
};
const typeOnly = z.enum(['count', 'ignore']).default('ignore');

export const checkRuleSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('layers'), allow: z.record(z.string(), z.array(z.string())), typeOnly }).strict(),
  z.object({ ...common, kind: z.literal('forbidden'), from: selector, to: selector, typeOnly }).strict(),
  z.object({ ...common, kind: z.literal('allowed'), from: selector, to: selector, typeOnly }).strict(),
  z.object({ ...common, kind: z.literal('no-cycles'), typeOnly }).strict(),
  z.object({ ...common, kind: z.literal('max-size'), maxLines: z.number().int().positive().optional(), maxFanIn: z.number().int().positive().optional(), maxFanOut: z.number().int().positive().optional() }).strict(),
  z.object({ ...common, kind: z.literal('review'), rule: z.enum(Object.keys(REVIEW_RULES) as [keyof typeof REVIEW_RULES, ...(keyof typeof REVIEW_RULES)[]]) }).strict(),
]);

export const checkConfigSchema = z.object({
  $schema: z.string().optional(),
  /** Layer id → glob patterns (`src/http/**`) or folder names, checked before the conventional names. */
  layers: z.record(z.string(), z.array(z.string())).default({}),
  /** Keep the conventional layer names (routes, services, repositories…) for code no pattern matches. */
  conventions: z.boolean().default(true),
  rules: z.array(checkRuleSchema).default([]),
}).strict();

export type CheckRule = z.output<typeof checkRuleSchema>;
export type CheckConfig = z.output<typeof checkConfigSchema>;
export type CheckConfigInput = z.input<typeof checkConfigSchema>;

/** Validates a config object; problems become REVIEW_CONFIG_INVALID issues with the JSON path of each. */
export function parseCheckConfig(data: unknown, file: string): CheckConfig {
  const result = checkConfigSchema.safeParse(data);
  if (!result.success) {
    throw new ArchwayError(result.error.issues.map((i) => reviewCodes.issue('REVIEW_CONFIG_INVALID', i.message, { file, path: i.path.join('.') || '(root)' })));
  }
  const ids = new Set<string>();
  for (const rule of result.data.rules) {
    if (ids.has(rule.id)) throw new ArchwayError([reviewCodes.issue('REVIEW_CONFIG_INVALID', `rule id '${rule.id}' is used twice`, { file, path: 'rules' })]);
    ids.add(rule.id);
  }
  return result.data;
}

/**
 * Imports a JavaScript config. Code that the built CLI bundled and loaded with V8's code cache
 * (review-engine.cjs) cannot `import()` on Node 20: the unbundled module that loaded it lends its
 * own importer under this symbol (review-engine-loader.ts).
 */
const IMPORTER = Symbol.for('archway.importModule');
function importModule(url: string): Promise<unknown> {
  const lent = (globalThis as Record<symbol, ((url: string) => Promise<unknown>) | undefined>)[IMPORTER];
  return lent ? lent(url) : import(url);
}

/** Finds and reads `archway.config.json|yaml|yml|mjs` (or an explicit file). `undefined` when there is none. */
export async function loadCheckConfig(root: string, explicit?: string): Promise<{ config: CheckConfig; file: string } | undefined> {
  const file = explicit ? resolve(explicit) : findCheckConfig(root);
  if (!file) return undefined;
  if (!existsSync(file)) throw new ArchwayError([reviewCodes.issue('REVIEW_CONFIG_NOT_FOUND', `no such file: ${file}`, { file })]);
  if (file.endsWith('.mjs') || file.endsWith('.js')) {
    let data: unknown;
    try {
      data = ((await importModule(pathToFileURL(file).href)) as { default?: unknown }).default;
    } catch (error) {
      throw unreadable(file, error);
    }
    return { config: parseCheckConfig(data, file), file };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw unreadable(file, error);
  }
  return { config: await parseCheckConfigText(file, text), file };
}

const unreadable = (file: string, error: unknown): ArchwayError =>
  new ArchwayError([reviewCodes.issue('REVIEW_CONFIG_INVALID', `cannot read the configuration: ${(error as Error).message}`, { file })]);

/** Parses the text of a JSON or YAML config file (`.yaml`/`.yml` by its name) and validates it. */
export async function parseCheckConfigText(file: string, text: string): Promise<CheckConfig> {
  let data: unknown;
  try {
    // The YAML reader is loaded with `require` on first need (no export scan), as a JSON config never needs it.
    data = /\.ya?ml$/.test(file) ? (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text) : JSON.parse(text);
  } catch (error) {
    throw unreadable(file, error);
  }
  return parseCheckConfig(data, file);
}
