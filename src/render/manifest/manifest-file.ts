import { createHash } from 'node:crypto';
import type { ArchitectureModel } from '../../model/architecture.js';
import type { RenderedFile } from '../../model/rendered-file.js';
import { stableJson } from '../text/stable-json.js';

export const MANIFEST_PATH = 'manifest.json';

/** `manifest.json`: every other file of the package with its SHA-256 and size in bytes, sorted by path. */
export function manifestFile(model: ArchitectureModel, files: readonly RenderedFile[]): RenderedFile {
  const entries = files
    .filter((f) => f.path !== MANIFEST_PATH)
    .map((f) => ({
      path: f.path,
      sha256: createHash('sha256').update(f.content).digest('hex'),
      size: typeof f.content === 'string' ? Buffer.byteLength(f.content, 'utf8') : f.content.byteLength,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    path: MANIFEST_PATH,
    content: stableJson({ files: entries, schemaVersion: model.schemaVersion, system: model.system.id, generator: 'archway' }),
  };
}
