import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConfigFromModel, design } from '../../src/index.js';

const example = new URL('../../../shared/examples/orchestra.md', import.meta.url);

describe('ADRs that are enforced', () => {
  it('every rule `archway check --from architecture.json` derives is written into the Confirmation section of the ADR it names', async () => {
    const result = await design([{ path: 'orchestra.md', content: readFileSync(example, 'utf8') }]);
    const rules = checkConfigFromModel(result.model).rules;
    expect(rules.map((r) => r.id)).toEqual(['layer/routes', 'layer/controllers', 'layer/services', 'layer/repositories', 'no-cycles']);
    for (const rule of rules) {
      expect(rule.adr, rule.id).toBeDefined();
      const adr = result.files.find((f) => f.path === rule.adr);
      expect(adr, rule.adr).toBeDefined();
      const text = String(adr!.content);
      const confirmation = text.slice(text.indexOf('### Confirmation'), text.indexOf('## Pros and Cons'));
      expect(confirmation).toContain(`\`${rule.id}\``);
    }
  });
});
