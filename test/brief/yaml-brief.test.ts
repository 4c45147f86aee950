import { describe, expect, it } from 'vitest';
import { formatIssue, readBrief, STARTER_BRIEF } from '../../src/index.js';

describe('structured briefs', () => {
  it('a clean YAML brief has no issues and keeps the line of each fact', async () => {
    const u = await readBrief([{ path: 'b.yaml', content: 'name: Shop\nscale:\n  concurrentUsers: 40\nquality:\n  availability: 99.5\n' }]);
    expect(u.issues).toEqual([]);
    expect(u.brief.scale.concurrentUsers).toBe(40);
    expect(u.provenance['scale.concurrentUsers']).toMatchObject({ kind: 'stated', source: { file: 'b.yaml', line: 3 } });
    expect(u.questions.some((q) => q.id === 'scale.concurrent-users')).toBe(false);
  });

  it('JSON briefs read the same way', async () => {
    const u = await readBrief([{ path: 'b.json', content: '{"name": "Shop", "constraints": {"team": {"size": 3}}}' }]);
    expect(u.issues).toEqual([]);
    expect(u.brief.constraints.team.size).toBe(3);
  });

  it('a syntax error points at file:line:column', async () => {
    const u = await readBrief([{ path: 'b.yaml', content: 'name: Shop\nscale:\n  concurrentUsers: [40\n' }]);
    const [issue] = u.issues;
    expect(issue).toMatchObject({ code: 'BRIEF_YAML_SYNTAX', severity: 'error', location: { file: 'b.yaml' } });
    expect(issue!.location!.line).toBeGreaterThanOrEqual(3);
    expect(formatIssue(issue!)).toMatch(/^b\.yaml:\d+:\d+: error BRIEF_YAML_SYNTAX: /);
  });

  it('an unknown key is an error with "did you mean" at its line', async () => {
    const u = await readBrief([{ path: 'b.yaml', content: 'name: Shop\nquality:\n  availabilty: 99.9\n' }]);
    expect(u.issues).toEqual([
      expect.objectContaining({ code: 'BRIEF_UNKNOWN_KEY', location: { file: 'b.yaml', line: 3, column: 3, path: 'quality.availabilty' }, hint: 'did you mean `availability`?' }),
    ]);
  });

  it('a value of the wrong type or range is an error at its line', async () => {
    const u = await readBrief([{ path: 'b.yaml', content: 'name: Shop\nquality:\n  availability: 120\ntenancy:\n  mode: many\n' }]);
    expect(u.issues.map((i) => [i.code, i.location?.line, i.location?.path])).toEqual([
      ['BRIEF_INVALID_VALUE', 3, 'quality.availability'],
      ['BRIEF_INVALID_VALUE', 5, 'tenancy.mode'],
    ]);
  });

  it('a list or a scalar is not a brief', async () => {
    const u = await readBrief([{ path: 'b.yaml', content: '- one\n- two\n' }]);
    expect(u.issues.map((i) => i.code)).toEqual(['BRIEF_NOT_A_MAPPING']);
  });

  it('Markdown that is only YAML front matter is a brief', async () => {
    const u = await readBrief([{ path: 'b.md', content: '---\nname: Shop\nconstraints:\n  budgetMonthlyUsd: 200\n---\n' }]);
    expect(u.issues).toEqual([]);
    expect(u.brief.constraints.budgetMonthlyUsd).toBe(200);
    expect(u.provenance['constraints.budgetMonthlyUsd']).toMatchObject({ source: { line: 4 } });
  });

  it('the starter brief `archway init` writes is valid', async () => {
    const u = await readBrief([{ path: 'brief.yaml', content: STARTER_BRIEF }]);
    expect(u.issues).toEqual([]);
    expect(u.brief.scale.workloads[0]).toMatchObject({ name: 'paste writes', count: 10_000_000, per: 'month' });
  });
});
