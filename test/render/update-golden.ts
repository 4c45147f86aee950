// Regenerates the renderer golden files from the tiny model: `npm run golden`. Review the diff like code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPackage } from '../../src/render/render-package.js';
import { tinyModel } from '../fixtures/tiny-model.js';
import { GOLDEN_DIR } from './golden-files.js';

rmSync(GOLDEN_DIR, { recursive: true, force: true });
for (const file of renderPackage(tinyModel)) {
  const dest = path.join(GOLDEN_DIR, ...file.path.split('/'));
  mkdirSync(path.dirname(dest), { recursive: true });
  writeFileSync(dest, file.content);
}
console.log(`golden files written to ${GOLDEN_DIR}`);
