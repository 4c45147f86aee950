import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPositionedYaml } from '../../src/brief/positioned-yaml.js';
import { readYamlBrief, readYamlBriefWithYaml } from '../../src/brief/read-yaml-brief.js';
import { briefToYaml } from '../../src/brief/brief-to-yaml.js';
import { readBrief } from '../../src/brief/read-brief.js';
import { largeBrief } from '../../bench/large-brief.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/briefs');

/** What a reader gives a user: the facts, in order, and where each was stated. */
function facts(file: string, text: string, read: typeof readYamlBrief) {
  const set = read(file, text);
  return { data: JSON.stringify(set.data), provenance: [...set.provenance.entries()], issues: set.issues };
}

/** Briefs in the shapes people write: block and flow style, quotes, block scalars, comments, odd spacing. */
const HAND_WRITTEN: Record<string, string> = {
  'flow and block': [
    'name: "Quoted: name"',
    'summary: >',
    '  Folded text',
    '  on two lines.',
    'personas:',
    '  - id: operator   # a comment after a value',
    '    name: Operator',
    '    clients: [web, mobile]',
    '  -   { id: agent, name: "Field agent", offline: true }',
    '',
    '# a comment line between keys',
    'tenancy:',
    '  mode: multi',
    '  tenants: 0x10',
    'scale: { registeredUsers: 5e4, concurrentUsers: 2000 }',
    'quality:',
    '',
    '  availability: 99.95',
    'requirements:',
    '- id: FR-1',
    '  text: |',
    '    Literal block',
    '    kept as written.',
    "- { id: 'FR-2', text: 'It''s quoted' }",
    'capabilities:',
    '  notifications:',
    '    - email',
    '    - "sms"',
    '  search: {fullText: true}',
    '  backgroundJobs: True',
    'answers:',
    '  q-1: b',
    '',
  ].join('\n'),
  'values on the next line': ['name:', '  Next line name', 'summary:', '  "quoted on the next line"', 'requirements:', '  -', '    id: FR-9', '    text: Item map on its own line', ''].join('\n'),
  'answers given as null': 'name: A\nanswers: null\n',
  'answers left empty': 'name: A\nanswers:\n# - q-1: a\n',
  'crlf line ends': 'name: A\r\nsummary: B\r\nrequirements:\r\n  - { id: FR-1, text: one }\r\n',
  'anchors and aliases': 'name: A\npersonas:\n  - &p { id: one, name: One }\nrequirements: []\n',
  'numbers read alike': 'name: A\nscale: { concurrentUsers: 012, registeredUsers: 1_000 }\n',
  'numbers yaml reads differently': 'name: A\nscale: { concurrentUsers: 0b101 }\n',
  'integer-like keys': 'name: A\nanswers:\n  q-2: b\n  1: a\n',
  'a key read as null': 'name: A\nanswers:\n  null: a\n',
  'document markers': '---\nname: A\n...\n',
  'no final newline': 'name: A\nsummary: B',
  'quoted text continued under-indented': "name: A\nrequirements:\n  - id: FR-6\n    text: 'Users see statistics: \nmessage counts.'\n",
  'flow map continued under-indented': 'name: A\nconstraints:\n  team: { \nsize: 5 }\n',
  'comment sign right after a flow map': 'name: A\nintegrations:\n  - { name: Salesforce, kind: crm }#\n  - { name: HubSpot, kind: crm }\n',
  'byte order mark': '\ufeffname: A\nrequirements:\n  - { id: FR-1, text: one }\n',
  'unknown key': 'name: A\nsumary: B\n',
  'wrong type': 'name: A\nscale: { concurrentUsers: many }\n',
  'syntax error': 'name: A\n  bad: [\n',
  'duplicate key': 'name: A\nname: B\n',
};

describe('reading a YAML brief through js-yaml with offsets', () => {
  const cases: [string, string][] = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).map((f): [string, string] => [f, readFileSync(path.join(FIXTURES, f), 'utf8')]),
    ...Object.entries(HAND_WRITTEN),
    ['large-brief.yaml', largeBrief()],
  ];

  it.each(cases)('%s: the same facts and provenance as reading it with yaml', (name, text) => {
    expect(facts(name, text, readYamlBrief)).toEqual(facts(name, text, readYamlBriefWithYaml));
  });

  it('reads the usual brief shapes itself instead of handing them to yaml', () => {
    for (const name of ['flow and block', 'values on the next line', 'answers given as null', 'crlf line ends', 'no final newline', 'numbers read alike', 'integer-like keys']) {
      expect(readPositionedYaml(HAND_WRITTEN[name]!), name).toBeDefined();
    }
    for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'))) expect(readPositionedYaml(readFileSync(path.join(FIXTURES, f), 'utf8')), f).toBeDefined();
  });

  it('hands anchors, document markers, numbers js-yaml reads otherwise and errors to yaml', () => {
    for (const name of ['quoted text continued under-indented', 'flow map continued under-indented', 'comment sign right after a flow map', 'byte order mark', 'anchors and aliases', 'numbers yaml reads differently', 'a key read as null', 'document markers', 'syntax error', 'duplicate key']) {
      expect(readPositionedYaml(HAND_WRITTEN[name]!), name).toBeUndefined();
    }
  });

  it('gives the same facts, provenance and errors as yaml on hundreds of damaged briefs', () => {
    const texts = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(path.join(FIXTURES, f), 'utf8'));
    let seed = 20261122;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inserts = [' ', '  ', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', 'x', '0', ': ', '- '];
    for (let n = 0; n < 250; n++) {
      let text = texts[n % texts.length]!;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * text.length);
        const lineStart = text.lastIndexOf('\n', at) + 1;
        const r = next();
        if (r < 0.4) text = text.slice(0, at) + inserts[Math.floor(next() * inserts.length)]! + text.slice(at);
        else if (r < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
        else if (r < 0.85) text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
        else if (text[lineStart] === ' ') text = text.slice(0, lineStart) + text.slice(lineStart + 1);
      }
      expect(facts('damaged.yaml', text, readYamlBrief), text).toEqual(facts('damaged.yaml', text, readYamlBriefWithYaml));
    }
  });

  it('the briefs archway writes read back with the same provenance', async () => {
    for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'))) {
      const understood = await readBrief([{ path: f, content: readFileSync(path.join(FIXTURES, f), 'utf8') }]);
      const text = briefToYaml(understood);
      expect(facts(f, text, readYamlBrief), f).toEqual(facts(f, text, readYamlBriefWithYaml));
    }
  });
});
