import { describe, expect, it } from 'vitest';
import { readBrief } from '../../src/index.js';

describe('bad input is a clear issue, never a crash', () => {
  it('no inputs', async () => {
    const u = await readBrief([]);
    expect(u.issues.map((i) => i.code)).toEqual(['BRIEF_NO_INPUT']);
  });

  it('an empty file', async () => {
    const u = await readBrief([{ path: 'empty.md', content: ' \n\n' }]);
    expect(u.issues).toEqual([expect.objectContaining({ code: 'BRIEF_EMPTY_INPUT', severity: 'error', location: { file: 'empty.md' } })]);
  });

  it('a 50 MB file is refused before parsing', async () => {
    const big = `# Big\n\n${'- 300 concurrent users at peak.\n'.repeat(1_700_000)}`;
    const u = await readBrief([{ path: 'big.md', content: big }]);
    expect(u.issues.map((i) => i.code)).toEqual(['BRIEF_INPUT_TOO_LARGE']);
    expect(u.issues[0]!.message).toMatch(/big\.md is 5\d\.\d MB; the limit is 5 MB/);
  });

  it('binary content', async () => {
    const u = await readBrief([{ path: 'photo.md', content: `\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR` }]);
    expect(u.issues.map((i) => i.code)).toEqual(['BRIEF_BINARY_INPUT']);
  });

  it('entity names with quotes and SQL keywords are kept as data', async () => {
    const content = `# Odd\n\n## Data\n\n- "User"; DROP TABLE users, Order, Select (keyword), O'Brien Record\n`;
    const u = await readBrief([{ path: 'odd.md', content }]);
    expect(u.issues).toEqual([]);
    expect(u.brief.entities.map((e) => e.name)).toEqual(['"User"; DROP TABLE users', 'Order', 'Select', "O'Brien Record"]);
  });

  it('a file that is not UTF-8 text but has no NUL bytes still reads or fails cleanly', async () => {
    const u = await readBrief([{ path: 'latin.md', content: '# Caf\uFFFD\n\n- 20 concurrent users.\n' }]);
    expect(u.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(u.brief.scale.concurrentUsers).toBe(20);
  });
});
