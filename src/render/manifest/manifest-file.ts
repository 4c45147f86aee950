import { createHash } from 'node:crypto';
import type { ArchitectureModel } from '../../model/architecture.js';
import type { RenderedFile } from '../../model/rendered-file.js';
import { stableJson } from '../text/stable-json.js';

export const MANIFEST_PATH = 'manifest.json';

/** `manifest.json`: every other file of the package with its SHA-256 and size in bytes, sorted by path. */
export function manifestFile(model: ArchitectureModel, files: readonly RenderedFile[]): RenderedFile {
  const entries = files
    .filter((f) => f.path !== MANIFEST_PATH)
    .map((f) => {
      // Encoded once: the same bytes are hashed and counted.
      const bytes = typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content;
      return { path: f.path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    path: MANIFEST_PATH,
    content: stableJson({ files: entries, schemaVersion: model.schemaVersion, system: model.system.id, generator: 'archway' }),
  };
}
