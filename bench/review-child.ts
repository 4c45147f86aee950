// One measured run of review or check, in its own process so the parent can read its peak memory.
// Usage: tsx bench/review-child.ts review|check|edges <repo> <cacheDir>
import { writeFileSync } from 'node:fs';
import { checkRepository, reviewRepository } from '../src/index.js';

const [mode, repo, cacheDir, edgesFile] = process.argv.slice(2);
const start = performance.now();
if (mode === 'check') {
  const result = await checkRepository(repo!, { cacheDir: cacheDir! });
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, parsed: result.analysis.stats.parsed, modules: result.analysis.stats.modules, violations: result.violations.length }));
} else {
  const result = await reviewRepository(repo!, { cacheDir: cacheDir! });
  const ms = performance.now() - start;
  if (edgesFile) writeFileSync(edgesFile, result.analysis.graph.edges.map((e) => `${e.from}>${e.to}`).join('\n'));
  process.stdout.write(JSON.stringify({ ms, parsed: result.stats.parsed, modules: result.stats.modules, edges: result.stats.edges, findings: result.findings.length }));
}
