// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagramContext } from '../../web/src/components/diagram-context.js';
import { MarkdownView } from '../../web/src/components/markdown-view.js';
import type { DiagramRenderer } from '../../web/src/markdown/render-mermaid.js';

afterEach(cleanup);

const doc = '# Architecture\n\n| Container | Tech |\n|---|---|\n| API | Fastify |\n\n```mermaid\nflowchart LR\n  user-->api\n```\n\nAfter the diagram.\n';

function renderWith(renderer: DiagramRenderer) {
  return render(
    <DiagramContext.Provider value={renderer}>
      <MarkdownView markdown={doc} />
    </DiagramContext.Provider>,
  );
}

describe('document viewer', () => {
  it('renders Markdown and draws each diagram as SVG', async () => {
    const drawn: string[] = [];
    renderWith(async (_id, source) => {
      drawn.push(source);
      return '<svg data-test="drawn"><text>user api</text></svg>';
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Architecture' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Fastify' })).toBeTruthy();
    const figure = await screen.findByRole('img', { name: 'Diagram (flowchart)' });
    expect(figure.querySelector('svg[data-test="drawn"]')).not.toBeNull();
    expect(drawn).toEqual(['flowchart LR\n  user-->api']);
    expect(screen.getByText('After the diagram.')).toBeTruthy();
  });

  it('shows the diagram source and the reason when it cannot be drawn', async () => {
    renderWith(async () => {
      throw new Error('Parse error on line 2:\n...');
    });
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('could not be drawn (Parse error on line 2:)');
    expect(document.querySelector('.diagram-failed code')?.textContent).toBe('flowchart LR\n  user-->api');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
