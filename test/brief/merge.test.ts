import { describe, expect, it } from 'vitest';
import { readBrief } from '../../src/index.js';

describe('several inputs merge into one brief', () => {
  it('lists concatenate without duplicates and facts from each file keep their file', async () => {
    const a = { path: 'a.md', content: '# Shop\n\n## Requirements\n\n- FR-1: Customers order goods.\n\n## Data\n\n- Order, Customer\n' };
    const b = { path: 'b.md', content: '# Shop\n\n## Requirements\n\n- FR-1: Customers order goods.\n- FR-2: Staff ship orders.\n\n## Data\n\n- Customer, Shipment\n\n## Quality\n\n- 99.9% uptime.\n' };
    const u = await readBrief([a, b]);
    expect(u.issues).toEqual([]);
    expect(u.brief.requirements.map((r) => r.id)).toEqual(['FR-1', 'FR-2']);
    expect(u.brief.entities.map((e) => e.name)).toEqual(['Order', 'Customer', 'Shipment']);
    expect(u.provenance['requirements.FR-2']).toMatchObject({ source: { file: 'b.md' } });
    expect(u.provenance['quality.availability']).toMatchObject({ source: { file: 'b.md', line: 14 } });
  });

  it('a different value for the same fact in two files is a contradiction naming both', async () => {
    const a = { path: 'a.md', content: '# Shop\n\n- Availability: 99.9%.\n' };
    const b = { path: 'b.yaml', content: 'name: Shop\nquality:\n  availability: 99.5\n' };
    const u = await readBrief([a, b]);
    const issue = u.issues.find((i) => i.code === 'BRIEF_CONTRADICTION');
    expect(issue).toMatchObject({ severity: 'error', location: { file: 'b.yaml', line: 3, path: 'quality.availability' } });
    expect(issue!.message).toContain('a.md:3');
    expect(issue!.message).toContain('99.5');
  });

  it('two availability targets in one document contradict; the same target twice does not', async () => {
    const twice = await readBrief([{ path: 'a.md', content: '# Shop\n\n- Availability 99.9%.\n- Uptime of 99.9% as well.\n' }]);
    expect(twice.issues).toEqual([]);
    const clash = await readBrief([{ path: 'a.md', content: '# Shop\n\n- Availability 99.9%.\n- The SLA is 99.99% uptime.\n' }]);
    expect(clash.issues).toEqual([expect.objectContaining({ code: 'BRIEF_CONTRADICTION', location: expect.objectContaining({ file: 'a.md', line: 4 }) })]);
    expect(clash.issues[0]!.message).toContain('a.md:3');
  });

  it('entities from a SQL draft take precedence over entities named in prose', async () => {
    const prose = { path: 'req.md', content: '# Shop\n\n## Data\n\n- Customer (buyer), Invoice\n' };
    const sql = { path: 'schema.sql', content: 'CREATE TABLE customers (id uuid PRIMARY KEY, email varchar(200) NOT NULL);\n' };
    const u = await readBrief([prose, sql]);
    expect(u.issues).toEqual([]);
    expect(u.brief.entities.map((e) => [e.name, e.given])).toEqual([['Customer', true], ['Invoice', false]]);
    expect(u.brief.drafts.tables.map((t) => t.name)).toEqual(['customers']);
    expect(u.provenance['entities.Customer']).toMatchObject({ kind: 'stated', source: { file: 'schema.sql', line: 1 } });
  });
});
