import type { ArchitectureModel } from '../model/architecture.js';
import type { RenderedFile } from '../model/rendered-file.js';
import { MANIFEST_PATH, manifestFile } from './manifest/manifest-file.js';
import { RENDERERS } from './registry.js';
import type { Renderer } from './renderer.js';

/**
 * Renders every artifact of the package from the model, sorted by path, with `manifest.json`
 * listing the others. Pure: no I/O. Two renderers writing the same path is a programming error.
 *
 * @example renderPackage(model).map((f) => f.path) // ['README.md', 'architecture.json', 'docs/about.md', …, 'workspace.dsl']
 */
export function renderPackage(model: ArchitectureModel, renderers: readonly Renderer[] = RENDERERS): RenderedFile[] {
  const files: RenderedFile[] = [];
  const owner = new Map<string, string>();
  for (const renderer of renderers) {
    for (const file of renderer.render(model)) {
      const previous = owner.get(file.path);
      if (previous !== undefined || file.path === MANIFEST_PATH) {
        throw new Error(`renderPackage: ${file.path} is written by both ${previous ?? 'the manifest'} and ${renderer.id}`);
      }
      owner.set(file.path, renderer.id);
      files.push(file);
    }
  }
  files.push(manifestFile(model, files));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
