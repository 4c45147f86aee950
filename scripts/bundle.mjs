// Bundles what `archway review` and `archway check` load into CommonJS files that the review loads
// with V8's code cache (src/review/parse/cached-require.ts): one read and no compiling on a warm
// machine, instead of resolving, reading and compiling dozens of modules in every process. Run by
// `npm run build`, after `tsc`. Each file is written to a temporary name, then moved into place.
//   dist/vendor/sucrase-parser.cjs  the part of sucrase the review uses (its parser, token tables)
//   dist/vendor/review-engine.cjs   the review engine: src/review/review-engine.ts as built
//   dist/vendor/review-cli.cjs      the review and check commands (src/cli/review-cli.ts), which
//                                   load the engine's bundle; required as it is (it is small)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vendor = join(root, 'dist/vendor');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/sucrase/package.json'), 'utf8'));

function place(result, file) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, file);
}

/** A path from dist/vendor to a built file, for `require` and `__dirname` in a bundle. */
const fromVendor = (file) => relative(vendor, file).split('\\').join('/');

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'warning' };

place(await build({
  ...common,
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
  banner: { js: `// sucrase ${version}'s parser (MIT License, https://github.com/alangpierce/sucrase), bundled by scripts/bundle.mjs.` },
}), join(vendor, 'sucrase-parser.cjs'));

/**
 * Each bundled module keeps its own `import.meta.url`, the URL of its built file in dist/src, so
 * what it finds beside itself (sucrase's bundle, the parsing thread's entry, the sources that the
 * caches' keys digest) is where it was before bundling.
 */
const asBuilt = {
  name: 'as-built',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      return { contents: text.replaceAll('import.meta.url', `__builtFileUrl(${JSON.stringify(fromVendor(args.path))})`), loader: 'js' };
    });
  },
};

/**
 * The SHA-1 of each built module's source, by its path under dist/src: the caches' keys digest the
 * sources of the modules whose code decides what they keep (src/review/code-digest.ts), and the
 * bundle takes those digests from here instead of reading the modules in every run.
 */
function sourceDigests(dir, prefix = '') {
  const digests = {};
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(digests, sourceDigests(join(dir, entry.name), `${path}/`));
    else if (entry.name.endsWith('.js')) digests[path] = createHash('sha1').update(readFileSync(join(dir, entry.name))).digest('hex');
  }
  return digests;
}

place(await build({
  ...common,
  entryPoints: [join(root, 'dist/src/review/review-engine.js')],
  define: { __ARCHWAY_BUILT_SOURCE_DIGESTS__: JSON.stringify(sourceDigests(join(root, 'dist/src/review'), 'review/')) },
  packages: 'external',
  plugins: [asBuilt],
  banner: {
    js: [
      '// The review engine of Archway (src/review/review-engine.ts), bundled by scripts/bundle.mjs.',
      "const __builtFileUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(__dirname, path)).href;",
    ].join('\n'),
  },
}), join(vendor, 'review-engine.cjs'));

/**
 * The commands' bundle holds the engine's loader, not the engine: the loader's fallback to the
 * engine's modules (for when no engine bundle is built) stays an import of the built module.
 */
const engineOutside = {
  name: 'engine-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\/review-engine\.js$/ }, (args) => ({ path: `./${fromVendor(join(args.resolveDir, args.path))}`, external: true }));
  },
};

place(await build({
  ...common,
  entryPoints: [join(root, 'dist/src/cli/review-cli.js')],
  packages: 'external',
  plugins: [asBuilt, engineOutside],
  banner: {
    js: [
      '// The review and check commands of Archway (src/cli/review-cli.ts), bundled by scripts/bundle.mjs.',
      "const __builtFileUrl = (path) => require('node:url').pathToFileURL(require('node:path').join(__dirname, path)).href;",
    ].join('\n'),
  },
}), join(vendor, 'review-cli.cjs'));
