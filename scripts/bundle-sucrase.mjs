// Bundles the part of sucrase that `archway review` uses (its parser and token tables) into one
// CommonJS file, dist/vendor/sucrase-parser.cjs, which the review loads with V8's code cache
// (src/review/parse/fast-tokens.ts): one read and no compiling on a warm machine, instead of
// resolving, reading and compiling its twenty-one modules in every process. Run by `npm run build`.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/vendor/sucrase-parser.cjs');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/sucrase/package.json'), 'utf8'));

const result = await build({
  stdin: {
    contents: [
      "exports.parse = require('sucrase/dist/parser/index.js').parse;",
      "exports.TokenType = require('sucrase/dist/parser/tokenizer/types.js').TokenType;",
      "exports.ContextualKeyword = require('sucrase/dist/parser/tokenizer/keywords.js').ContextualKeyword;",
      "exports.IdentifierRole = require('sucrase/dist/parser/tokenizer/index.js').IdentifierRole;",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'sucrase-parser.cjs',
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  banner: { js: `// sucrase ${version}'s parser (MIT License, https://github.com/alangpierce/sucrase), bundled by scripts/bundle-sucrase.mjs.` },
  write: false,
  logLevel: 'warning',
});
mkdirSync(dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, result.outputFiles[0].contents);
renameSync(tmp, out);
