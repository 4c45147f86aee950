// Regenerates the contract renderers' golden files: `npx tsx test/contracts/update-golden.ts`. Review the diff like code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOpenApi } from '../../src/render/openapi/render-openapi.js';
import { renderMigrations } from '../../src/render/sql/render-migrations.js';
import { GOLDEN_DIR, goldenModels } from './golden-model.js';

const root = fileURLToPath(GOLDEN_DIR);
rmSync(root, { recursive: true, force: true });
for (const [name, model] of Object.entries(goldenModels())) {
  for (const file of [...renderOpenApi(model), ...renderMigrations(model)]) {
    const dest = join(root, name, file.path);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, file.content);
  }
}
console.log(`golden files written to ${root}`);
