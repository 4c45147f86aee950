import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/errors/issue.js';

describe('formatIssue', () => {
  it('puts the location first, then the code, message and hint', () => {
    const text = formatIssue({
      code: 'BRIEF_YAML_SYNTAX',
      severity: 'error',
      message: 'unexpected end of a flow mapping',
      hint: 'close the `{` opened on this line',
      location: { file: 'brief.yaml', line: 3, column: 7 },
    });
    expect(text).toBe(
      'brief.yaml:3:7: error BRIEF_YAML_SYNTAX: unexpected end of a flow mapping\n  hint: close the `{` opened on this line',
    );
  });

  it('shows a JSON path when there is no line', () => {
    const text = formatIssue({
      code: 'X',
      severity: 'warning',
      message: 'm',
      hint: '',
      location: { path: 'scale.concurrentUsers' },
    });
    expect(text).toBe('(scale.concurrentUsers): warning X: m');
  });
});
