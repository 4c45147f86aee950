import type { ArchitectureModel } from '../model/architecture.js';
import type { RenderedFile } from '../model/rendered-file.js';

/** One artifact of the package: a pure function of the model (style rule 5). */
export interface Renderer {
  /** Stable id, e.g. `architecture`, `adr`, `openapi`. */
  readonly id: string;
  render(model: ArchitectureModel): RenderedFile[];
}
