// Everything the review and check commands run, behind one module. `npm run build` bundles it into
// one CommonJS file (dist/vendor/review-engine.cjs) that the commands load with V8's code cache:
// no module resolution and no compiling on a warm machine (ADR-0022). The library's entry keeps
// loading the modules themselves (review-api.ts).
export * from './review-api.js';
export { ArchwayError, formatIssue } from '../errors/issue.js';
