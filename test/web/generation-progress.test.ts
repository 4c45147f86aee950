import { describe, expect, it } from 'vitest';
import type { SseMessage } from '../../web/src/api/sse-parser.js';
import { applyEvent, type Progress } from '../../web/src/workspace/use-generation.js';

const start: Progress = { status: 'running', fraction: 0, log: [], connected: true, error: null, stepBase: 0, stepShare: 1, sections: 0 };
const ev = (event: string, data: unknown): SseMessage => ({ id: null, event, data: JSON.stringify(data) });
const fold = (events: SseMessage[]) => events.reduce(applyEvent, start);

describe('generation progress', () => {
  it('advances through steps and sections without going backwards or reaching the end early', () => {
    const steps = [
      ev('started', { steps: ['description', 'architecture'] }),
      ev('step', { step: 'description', index: 1, total: 2 }),
      ev('section', { path: 'README.md', change: 'added' }),
      ev('section', { path: 'docs/about.md', change: 'unchanged' }),
      ev('step', { step: 'architecture', index: 2, total: 2 }),
      ev('section', { path: 'docs/architecture.md', change: 'changed' }),
    ];
    const fractions = steps.map((_, i) => fold(steps.slice(0, i + 1)).fraction);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
    expect(fractions.at(-1)).toBeGreaterThan(0.5);
    expect(fractions.at(-1)).toBeLessThan(1);
    expect(fold(steps).log).toEqual([
      'Reading the requirements…',
      'Step 1 of 2: description',
      'Wrote README.md',
      'Unchanged docs/about.md',
      'Step 2 of 2: architecture',
      'Updated docs/architecture.md',
    ]);
    expect(fold(steps).status).toBe('running');
  });

  it('finishes at 100% with a count of changed documents', () => {
    const done = fold([ev('done', { steps: ['plan'], documents: [{ change: 'added' }, { change: 'unchanged' }] })]);
    expect(done).toMatchObject({ status: 'done', fraction: 1 });
    expect(done.log.at(-1)).toBe('Done: 1 of 2 documents new or changed.');
  });

  it('shows why a job failed', () => {
    const failed = fold([ev('error', { code: 'NO_INPUTS', message: 'The project has no requirement inputs yet.' })]);
    expect(failed).toMatchObject({ status: 'failed', error: 'The project has no requirement inputs yet.' });
  });
});
