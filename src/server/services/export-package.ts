import { createHash } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { Zip, ZipDeflate } from 'fflate';
import { stringify } from 'yaml';

export interface ExportDocument {
  readonly id: string;
  readonly step: string;
  readonly path: string;
  readonly version: number;
  readonly content: string;
  readonly sha256: string;
}

export interface ExportProject {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

// A fixed time in every entry keeps the archive byte-identical for the same versions.
const MTIME = new Date('2020-01-01T00:00:00Z');

/** Markdown files carry their identity in YAML front matter; other formats would break, so only the manifest names them. */
export function withFrontMatter(project: ExportProject, d: ExportDocument): string {
  if (!d.path.endsWith('.md')) return d.content;
  const meta = stringify({ archway: { project: project.slug, document: d.id, path: d.path, step: d.step, version: d.version, sha256: d.sha256 } });
  // A document that already has front matter keeps it, with Archway's key first in the same block.
  return d.content.startsWith('---\n') ? `---\n${meta}${d.content.slice(4)}` : `---\n${meta}---\n\n${d.content}`;
}

/**
 * Streams a ZIP in seed 004's layout: `<slug>/README.md`, `<slug>/docs/…` and the contracts,
 * migrations and diagrams, each the active version, plus `<slug>/manifest.json` listing every
 * document id, version and the sha256 of the stored version and of the exported file.
 */
export function exportZip(project: ExportProject, documents: readonly ExportDocument[]): Readable {
  const out = new PassThrough();
  const zip = new Zip((err, chunk, final) => {
    if (err) return out.destroy(err);
    out.write(Buffer.from(chunk));
    if (final) out.end();
  });
  const add = (path: string, content: string) => {
    const file = new ZipDeflate(`${project.slug}/${path}`, { level: 6 });
    file.mtime = MTIME;
    zip.add(file);
    file.push(new TextEncoder().encode(content), true);
  };
  const sorted = [...documents].sort((a, b) => a.path.localeCompare(b.path));
  const entries = sorted.map((d) => {
    const content = withFrontMatter(project, d);
    return { d, content, fileSha256: createHash('sha256').update(content).digest('hex') };
  });
  setImmediate(() => {
    try {
      for (const e of entries) add(e.d.path, e.content);
      const manifest = {
        project,
        documents: entries.map((e) => ({ id: e.d.id, path: e.d.path, step: e.d.step, version: e.d.version, sha256: e.d.sha256, fileSha256: e.fileSha256 })),
      };
      add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
      zip.end();
    } catch (err) {
      out.destroy(err as Error);
    }
  });
  return out;
}
