import type { ArchitectureModel } from '../model/architecture.js';
import type { RenderedFile } from '../model/rendered-file.js';

/** Renders every artifact of the package from the model, sorted by path. Pure: no I/O. */
export function renderPackage(_model: ArchitectureModel): RenderedFile[] {
  throw new Error('renderPackage: not implemented yet');
}
