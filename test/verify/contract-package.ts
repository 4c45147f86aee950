import type { BriefInput } from '../../src/brief/brief-schema.js';
import type { Decision } from '../../src/model/decision.js';
import { renderOpenApi } from '../../src/render/openapi/render-openapi.js';
import { renderMigrations } from '../../src/render/sql/render-migrations.js';
import { packageFromRendered, type PackageFiles } from '../../src/verify/package-files.js';
import { contractModel } from '../contracts/contract-model.js';

/** A package with the contract artifacts of a brief: OpenAPI, migrations and the model. */
export function contractPackage(brief: BriefInput, decisions: readonly Decision[] = []): Map<string, Uint8Array> {
  const model = contractModel(brief, decisions);
  return new Map(packageFromRendered([...renderOpenApi(model), ...renderMigrations(model), { path: 'architecture.json', content: JSON.stringify(model) }]));
}

/** Replaces text in one file of a package (a planted defect); fails loudly if the text is absent. */
export function plant(files: PackageFiles, path: string, from: string | RegExp, to: string): Map<string, Uint8Array> {
  const text = Buffer.from(files.get(path)!).toString('utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`planting a defect changed nothing in ${path}`);
  return new Map([...files, [path, Buffer.from(next, 'utf8')]]);
}

export const SMALL_SAAS: BriefInput = {
  name: 'Task Board',
  summary: 'Teams plan tasks on boards.',
  requirements: [
    { id: 'FR-1', text: 'Members create boards and archive them.' },
    { id: 'FR-2', text: 'Members add tasks to a board with a status and an estimate.' },
    { id: 'FR-3', text: 'Task progress streams live to everyone watching the board.' },
  ],
  entities: [
    { name: 'Organization', tenantOwned: false },
    { name: 'Board', fields: [{ name: 'title', type: 'string', maxLength: 200, required: true }, { name: 'settings', type: 'json', required: true }] },
    {
      name: 'Task',
      fields: [
        { name: 'title', type: 'string', maxLength: 200, required: true },
        { name: 'status', type: 'string', required: true, enum: ['todo', 'doing', 'done'] },
        { name: 'estimate', type: 'integer', min: 0 },
      ],
      relations: [{ kind: 'belongs-to', target: 'Board', required: true }],
      softDelete: true,
    },
  ],
  tenancy: { mode: 'multi', tenantNoun: 'organization' },
  capabilities: { realtime: { needed: true, purposes: ['task progress'] } },
};
