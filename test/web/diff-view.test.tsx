// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiffView } from '../../web/src/components/diff-view.js';

afterEach(cleanup);

const before = 'title\nuses MySQL\nend\n';
const after = 'title\nuses PostgreSQL\nend\n';

describe('diff view', () => {
  it('shows a changed line side by side with its replacement', () => {
    render(<DiffView before={before} after={after} beforeLabel="v1" afterLabel="v2" mode="side-by-side" />);
    expect(screen.getByRole('status').textContent).toBe('1 line added, 1 removed from v1 to v2.');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const changed = rows.find((row) => row.textContent?.includes('MySQL'));
    expect(changed?.textContent).toContain('PostgreSQL');
    expect(changed?.querySelector('.diff-removed')?.textContent).toBe('uses MySQL');
    expect(changed?.querySelector('.diff-added')?.textContent).toBe('uses PostgreSQL');
  });

  it('shows removed then added lines in one column when inline', () => {
    render(<DiffView before={before} after={after} beforeLabel="v1" afterLabel="v2" mode="inline" />);
    const removed = document.querySelectorAll('tr.diff-removed');
    const added = document.querySelectorAll('tr.diff-added');
    expect([...removed].map((r) => r.textContent)).toEqual(['2−uses MySQL']);
    expect([...added].map((r) => r.textContent)).toEqual(['2+uses PostgreSQL']);
  });

  it('says so when two versions are identical', () => {
    render(<DiffView before={before} after={before} beforeLabel="v1" afterLabel="v3" mode="inline" />);
    expect(screen.getByRole('status').textContent).toBe('v1 and v3 are identical.');
    expect(document.querySelectorAll('tr.diff-added, tr.diff-removed')).toHaveLength(0);
  });
});
