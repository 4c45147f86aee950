import type { Finding } from '../review-types.js';
import { finding } from './rule-catalog.js';
import { withAny, type RuleContext } from './rule-context.js';
import { compareText } from '../compare-text.js';

/** Hard-coded credentials; the message carries only a redacted value. */
export function secretRule(ctx: RuleContext): Finding[] {
  return withAny(ctx, 'secrets').flatMap((file) =>
    file.secrets.map((s) => finding('hardcoded-secret', { file: file.path, line: s.line }, `hard-coded secret ${s.name} = ${s.redacted}`, `${s.name} ${s.redacted}`)),
  );
}

const TESTED_LAYERS = new Set(['routes', 'controllers', 'services', 'repositories', 'middleware']);
const stem = (p: string): string =>
  p.slice(p.lastIndexOf('/') + 1).replace(/\.[^./]+$/, '').replace(/^test_|_test$|\.(test|spec)$/g, '').toLowerCase();

/** Layers whose modules no test imports or names. */
export function layerTestsRule(ctx: RuleContext): Finding[] {
  // Modules are scanned files: the scan has told which are tests.
  const testFiles = new Set(ctx.scan.testFiles);
  const tests = ctx.graph.modules.filter((m) => testFiles.has(m));
  const reached = new Set(ctx.graph.edges.filter((e) => testFiles.has(e.from)).map((e) => e.to));
  const testStems = new Set(tests.map(stem));
  const byLayer = new Map<string, string[]>();
  for (const [path, layer] of Object.entries(ctx.layerOf)) if (TESTED_LAYERS.has(layer)) (byLayer.get(layer) ?? byLayer.set(layer, []).get(layer)!).push(path);
  const out: Finding[] = [];
  for (const [layer, modules] of [...byLayer].sort((a, b) => compareText(a[0], b[0]))) {
    if ((reached.size || testStems.size) && modules.some((m) => reached.has(m) || testStems.has(stem(m)))) continue;
    const first = modules.sort()[0]!;
    out.push(finding('layer-without-tests', { file: first, line: 1 }, `no test imports or names any of the ${modules.length} ${layer} module${modules.length > 1 ? 's' : ''}`, layer));
  }
  return out;
}

/** `archway-ignore` comments without a reason. */
export function suppressionReasonRule(ctx: RuleContext): Finding[] {
  return withAny(ctx, 'badSuppressions').flatMap((file) =>
    file.badSuppressions.map((b, i) => {
      const nth = file.badSuppressions.slice(0, i).filter((x) => x.ruleId === b.ruleId).length;
      return finding('suppression-without-reason', { file: file.path, line: b.line }, `suppression of ${b.ruleId} gives no reason`, `${b.ruleId} ${nth}`);
    }),
  );
}
