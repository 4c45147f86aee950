import type { Step } from '../schemas/entities.js';

/**
 * Which step of JEEX's flow owns a package file: Description → README and about; Architecture →
 * the narrative, ADRs, diagrams, contracts, migrations and the model; Implementation Plan → plans;
 * Rules & Standards → specs. The package's own manifest is not a document (export writes one).
 */
export function stepOfFile(path: string): Step | null {
  if (path === 'manifest.json') return null;
  if (path === 'README.md' || path === 'docs/about.md') return 'description';
  if (path.startsWith('docs/plans/')) return 'plan';
  if (path === 'docs/specs.md') return 'rules';
  return 'architecture';
}
