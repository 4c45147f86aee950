import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A deterministic TypeScript repository of about `files` modules: feature folders with index files
 * that re-export, imports through a tsconfig `paths` alias, relative `.js` specifiers (NodeNext),
 * extensionless imports, type-only imports, and a layered routes → services → repositories shape.
 */
export function writeSyntheticRepo(root: string, files = 3000): number {
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const features = Math.ceil(files / 50);
  const layers = ['routes', 'controllers', 'services', 'repositories', 'models'];
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'synthetic', type: 'module', dependencies: { fastify: '^5.0.0' } }, null, 2));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, baseUrl: '.', paths: { '@app/*': ['src/*'] } } }, null, 2));
  let count = 0;
  for (let f = 0; f < features; f++) {
    const feature = `feature${f}`;
    const exports: string[] = [];
    for (let i = 0; i < 49; i++) {
      const layer = layers[i % layers.length]!;
      const name = `${layer}/item${i}`;
      const lines: string[] = [];
      const below = layers.indexOf(layer);
      for (let k = 0; k < 4; k++) {
        const j = rand(49);
        const target = layers[j % layers.length]!;
        if (layers.indexOf(target) <= below || j === i) continue;
        const style = rand(4);
        if (style === 0) lines.push(`import { value${j} } from '@app/${feature}/${target}/item${j}.js';`);
        else if (style === 1) lines.push(`import { value${j} } from '../${target}/item${j}.js';`);
        else if (style === 2) lines.push(`import type { Shape${j} } from '../${target}/item${j}';`);
        else lines.push(`import { value${j} } from '../index.js';`);
      }
      if (f > 0 && rand(5) === 0) lines.push(`import * as other${f} from '../../feature${rand(f)}/index.js';`);
      lines.push('', `export interface Shape${i} { readonly id: string; readonly n: number }`, `export const value${i} = ${i};`, `export function run${i}(input: Shape${i}): number {`);
      for (let l = 0; l < 20; l++) lines.push(`  if (input.n > ${l}) return input.n * ${l + 1} + value${i};`);
      lines.push('  return 0;', '}', '');
      write(`src/${feature}/${name}.ts`, lines.join('\n'));
      exports.push(`export * from './${name}.js';`);
      count += 1;
    }
    write(`src/${feature}/index.ts`, `${exports.join('\n')}\n`);
    count += 1;
  }
  return count;
}
