import { describe, expect, it } from 'vitest';
import { adrStatus, isAdr } from '../../web/src/workspace/adr-status.js';

describe('ADR list', () => {
  it('tells ADRs from other documents', () => {
    expect(isAdr('docs/adr/ADR-001-architecture-style.md')).toBe(true);
    expect(isAdr('docs/architecture.md')).toBe(false);
    expect(isAdr('docs/adr/README.md')).toBe(false);
  });

  it('reads the status an ADR declares, in the usual ways of writing it', () => {
    expect(adrStatus('# ADR-001\n\n- Status: accepted\n- Decision area: `style`\n')).toBe('accepted');
    expect(adrStatus('# ADR-002\nStatus: Proposed\n')).toBe('Proposed');
    expect(adrStatus('---\nstatus: "superseded"\n---\n# ADR-003\n')).toBe('superseded');
    expect(adrStatus('# ADR-004\n\n## Status\n\nDeprecated\n')).toBe('Deprecated');
  });

  it('reports no status when the ADR declares none', () => {
    expect(adrStatus('# ADR-005\n\nWe talked about the status of the project.\n')).toBeNull();
  });
});
