import { describe, expect, it } from 'vitest';
import { renderPackage } from '../../src/render/render-package.js';
import { tinyModel } from '../fixtures/tiny-model.js';
import { goldenPaths, readGolden } from './golden-files.js';

describe('renderPackage golden files (regenerate with `npm run golden`, review the diff)', () => {
  const files = renderPackage(tinyModel);

  it('renders exactly the golden set of paths', () => {
    expect(files.map((f) => f.path)).toEqual(goldenPaths());
  });

  for (const file of files) {
    it(`renders ${file.path} as the golden file`, () => {
      expect(file.content).toBe(readGolden(file.path));
    });
  }
});
