// The review and check commands as the CLI runs them. `npm run build` bundles this module into one
// CommonJS file (dist/vendor/review-cli.cjs, scripts/bundle.mjs) that `runCli` requires: a review
// or check then loads no ES module besides the CLI's entry, and the review engine itself comes from
// its own code-cached bundle (review-engine-loader.ts).
export { reviewCommand } from './commands/review-command.js';
export { checkCommand } from './commands/check-command.js';
