import { describe, expect, it } from 'vitest';
import { briefToYaml, readBrief } from '../../src/index.js';
import { exampleInputs } from './read-inputs.js';

describe('determinism', () => {
  it('the same inputs give byte-identical JSON and YAML', async () => {
    const inputs = exampleInputs('fieldservice');
    const a = await readBrief(inputs);
    const b = await readBrief(inputs);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(briefToYaml(b)).toBe(briefToYaml(a));
  });

  it('provenance keys are sorted', async () => {
    const u = await readBrief(exampleInputs('nexusflow'));
    const stated = Object.entries(u.provenance).filter(([, p]) => p.kind === 'stated').map(([k]) => k);
    expect(stated).toEqual([...stated].sort());
  });
});
