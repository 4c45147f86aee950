import { describe, expect, it } from 'vitest';
import { briefToYaml, readBrief } from '../../src/index.js';

const DOC = { path: 'r.md', content: '# Shop\n\n## Non-functional requirements\n\n- 5,000 registered users.\n' };

describe('assumptions, questions and answers', () => {
  it('a missing fact that matters is assumed with a reason and asked about', async () => {
    const u = await readBrief([DOC]);
    const peak = u.questions.find((q) => q.id === 'scale.peak-rps');
    expect(peak).toMatchObject({ path: 'scale.peakRequestsPerSecond', question: 'Expected peak requests per second?' });
    expect(peak!.options.map((o) => o.label)).toEqual(['under 50', '50–500', 'over 500']);
    expect(peak!.answer).toBeUndefined();
    expect(u.assumptions.find((a) => a.path === 'scale.concurrentUsers')).toMatchObject({ value: 500, questionId: 'scale.concurrent-users' });
    expect(u.provenance['scale.concurrentUsers']).toMatchObject({ kind: 'assumed' });
    expect(u.brief.scale.concurrentUsers).toBe(500);
  });

  it('a stated fact is never asked about', async () => {
    const u = await readBrief([DOC]);
    expect(u.questions.some((q) => q.id === 'scale.registered-users')).toBe(false);
    expect(u.provenance['scale.registeredUsers']).toMatchObject({ kind: 'stated', source: { line: 5 } });
  });

  it('answers by option key or by value apply on the next run and show as answered', async () => {
    const answers = { path: 'answers.yaml', content: 'name: Shop\nanswers:\n  scale.peak-rps: c\n  quality.availability: "99.95"\n' };
    const u = await readBrief([DOC, answers]);
    expect(u.issues).toEqual([]);
    expect(u.brief.scale.peakRequestsPerSecond).toBe(1000);
    expect(u.brief.quality.availability).toBe(99.95);
    expect(u.provenance['scale.peakRequestsPerSecond']).toEqual({ kind: 'answered', questionId: 'scale.peak-rps' });
    expect(u.questions.find((q) => q.id === 'scale.peak-rps')?.answer).toBe('c');
    expect(u.assumptions.some((a) => a.path === 'scale.peakRequestsPerSecond')).toBe(false);
  });

  it('an unusable answer is a warning and the assumption stays', async () => {
    const u = await readBrief([DOC, { path: 'a.yaml', content: 'name: Shop\nanswers:\n  constraints.hosting: moon\n  scale.peak: b\n' }]);
    expect(u.issues.map((i) => i.code).sort()).toEqual(['BRIEF_INVALID_ANSWER', 'BRIEF_UNKNOWN_ANSWER']);
    expect(u.issues.find((i) => i.code === 'BRIEF_UNKNOWN_ANSWER')?.hint).toBe('did you mean `scale.peak-rps`?');
    expect(u.provenance['constraints.hosting']).toMatchObject({ kind: 'assumed' });
  });

  it('the YAML brief round-trips: answering in its answers section takes effect', async () => {
    const first = await readBrief([DOC]);
    const yaml = briefToYaml(first);
    expect(yaml).toContain('# Open questions');
    expect(yaml).toContain('# scale.peak-rps: a');
    const again = await readBrief([{ path: 'brief.yaml', content: yaml }]);
    expect(again.issues).toEqual([]);
    expect(again.brief).toEqual(first.brief);
    const answered = await readBrief([{ path: 'brief.yaml', content: yaml.replace('# scale.peak-rps: a', 'scale.peak-rps: b') }]);
    expect(answered.brief.scale.peakRequestsPerSecond).toBe(250);
    expect(answered.questions.find((q) => q.id === 'scale.peak-rps')?.answer).toBe('b');
  });
});
