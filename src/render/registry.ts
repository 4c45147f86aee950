import { aboutRenderer } from './about/about-renderer.js';
import { adrRenderer } from './adr/adr-renderer.js';
import { architectureRenderer } from './architecture/architecture-renderer.js';
import { architectureJsonRenderer } from './model-json/architecture-json-renderer.js';
import { openApiRenderer } from './openapi/openapi-renderer.js';
import { migrationsRenderer } from './sql/migrations-renderer.js';
import { plansRenderer } from './plans/plans-renderer.js';
import { readmeRenderer } from './readme/readme-renderer.js';
import type { Renderer } from './renderer.js';
import { specsRenderer } from './specs/specs-renderer.js';
import { workspaceRenderer } from './structurizr/workspace-renderer.js';

/**
 * Every artifact of a package. Append a renderer here to add an artifact; `manifest.json` is
 * computed after all of them by `renderPackage`.
 */
export const RENDERERS: readonly Renderer[] = [
  readmeRenderer,
  aboutRenderer,
  architectureRenderer,
  adrRenderer,
  specsRenderer,
  plansRenderer,
  workspaceRenderer,
  architectureJsonRenderer,
  openApiRenderer,
  migrationsRenderer,
];
