import { readBrief } from '../brief/read-brief.js';
import type { InputFile, UnderstoodBrief } from '../brief/understood-brief.js';
import { capacityModel } from '../capacity/capacity-model.js';
import { loadCatalog, type Catalog } from '../catalog/catalog.js';
import { composeModel } from '../compose/compose-model.js';
import { decideAll } from '../decide/decide-all.js';
import { ArchwayError, hasErrors, type ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { renderPackage } from '../render/render-package.js';

export interface DesignResult {
  readonly understood: UnderstoodBrief;
  readonly model: ArchitectureModel;
  /** The package, sorted by path; `manifest.json` last-written but sorted in place. */
  readonly files: readonly RenderedFile[];
  /** Warnings and notes from every stage (errors throw an `ArchwayError` instead). */
  readonly issues: readonly ArchwayIssue[];
}

export interface DesignOptions {
  readonly catalog?: Catalog;
}

/**
 * The design pipeline: inputs → brief → capacity → decisions → model → files. Pure apart from
 * reading nothing: inputs come in as text, files go out as data; the shell writes them.
 *
 * Throws `ArchwayError` when an input has errors; nothing is produced then.
 */
export async function design(inputs: readonly InputFile[], options: DesignOptions = {}): Promise<DesignResult> {
  const understood = await readBrief(inputs);
  if (hasErrors(understood.issues)) throw new ArchwayError(understood.issues.filter((i) => i.severity === 'error'));
  return designFromBrief(understood, options);
}

/** The same pipeline from an already understood brief (the server keeps one per project). */
export function designFromBrief(understood: UnderstoodBrief, options: DesignOptions = {}): DesignResult {
  const catalog = options.catalog ?? loadCatalog();
  const capacity = capacityModel(understood);
  const decisions = decideAll(understood, capacity, catalog);
  const model = composeModel({ understood, capacity, decisions, catalog });
  const files = renderPackage(model);
  return { understood, model, files, issues: understood.issues };
}
