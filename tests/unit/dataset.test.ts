import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DataError, listDataFiles } from '../../server/data/dataset.js';

async function files(contents: Record<string, string>): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samkart-data-'));
  for (const [name, text] of Object.entries(contents)) await writeFile(path.join(dir, name), text);
  return Object.keys(contents).sort().map((n) => path.join(dir, n));
}

async function problems(contents: Record<string, string>): Promise<string[]> {
  try {
    await buildDataset(await files(contents));
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

const head = (id = 'a') => `source: { id: "source:${id}", file: ${id}.txt, title: T }\n`;
const cite = `sources: [{ quote: "q", locator: "s. 1" }]`;

describe('dataset validation', () => {
  it('reports file, line, record and field of a schema error', async () => {
    const p = await problems({ 'a.yaml': `${head()}actors:
  - id: actor:x
    name: X
    kind: ministry
    ${cite}
  - id: actor:y
    name: Y
    kind: ministri
    ${cite}
` });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/a\.yaml:9: actors\[1\] \(actor:y\)\.kind: Invalid option/);
  });

  it('rejects a record without sources', async () => {
    const p = await problems({ 'a.yaml': `${head()}actors:\n  - { id: actor:x, name: X, sources: [] }\n` });
    expect(p[0]).toMatch(/actors\[0\] \(actor:x\)\.sources: every fact needs at least one source/);
  });

  it('rejects a duplicate id within one file', async () => {
    const p = await problems({ 'a.yaml': `${head()}actors:
  - { id: actor:x, name: X, ${cite} }
  - { id: actor:x, name: X, ${cite} }
` });
    expect(p.join('\n')).toMatch(/actors\[1\] \(actor:x\): duplicate id/);
  });

  it('rejects a dangling reference, naming where it is', async () => {
    const p = await problems({ 'a.yaml': `${head()}networks:
  - id: network:n
    name: N
    members: [{ actor: actor:ghost, role: member, ${cite} }]
    ${cite}
` });
    expect(p.join('\n')).toMatch(/networks\[0\] \(network:n\)\.members\[0\]: unknown id "actor:ghost"/);
  });

  it('merges an actor named in two files and rejects conflicting facts', async () => {
    const ok = await buildDataset(await files({
      'a.yaml': `${head('a')}actors:\n  - { id: actor:x, name: X, kind: ministry, aliases: [X1], ${cite} }\n`,
      'b.yaml': `${head('b')}actors:\n  - { id: actor:x, aliases: [X2], ${cite} }\n`,
    }));
    const x = ok.nodes.find((n) => n.id === 'actor:x')!;
    expect(x.props.aliases).toEqual(['X1', 'X2']);
    expect(x.citations.map((c) => c.source)).toEqual(['source:a', 'source:b']);
    const p = await problems({
      'a.yaml': `${head('a')}actors:\n  - { id: actor:x, name: X, kind: ministry, ${cite} }\n`,
      'b.yaml': `${head('b')}actors:\n  - { id: actor:x, kind: directorate, ${cite} }\n`,
    });
    expect(p.join('\n')).toMatch(/b\.yaml: actors\[0\] \(actor:x\)\.kind: "directorate" conflicts with "ministry" given for actor:x in .*a\.yaml/);
  });

  it('flags two actors that share a name as possible duplicates', async () => {
    const p = await problems({ 'a.yaml': `${head()}actors:
  - { id: actor:imdi-ost, name: IMDi Øst, ${cite} }
  - { id: actor:imdi-east, name: Y, aliases: [IMDi øst], ${cite} }
` });
    expect(p.join('\n')).toMatch(/possible duplicate actors: actor:imdi-ost, actor:imdi-east/);
  });

  it('flags a generic role and a body sharing a name, unless a reason is recorded', async () => {
    const generic = `${head()}actors:
  - { id: actor:generic-politi, name: Politi, kind: generic-role, ${cite} }
  - { id: actor:politiet-moss, name: Politiet i Moss, aliases: [Politi], ${cite} }
`;
    expect((await problems({ 'a.yaml': generic })).join('\n')).toMatch(/actor:generic-politi, actor:politiet-moss share the name "politi"/);
    const explained = generic.replace('aliases: [Politi],', 'aliases: [Politi], sharedAliases: [{ alias: Politi, reason: "the plan says Politi for this body" }],');
    expect(await problems({ 'a.yaml': explained })).toEqual([]);
  });

  it('every quote of the curated dataset is in its source document (whitespace and hyphenation normalised)', async () => {
    const data = await buildDataset(await listDataFiles());
    const seeds = path.resolve(import.meta.dirname, '../../../shared/seeds');
    const norm = (s: string) => s.replace(/[\s\u00ad]+/g, ' ').replace(/- /g, '-').trim().toLowerCase();
    const texts = new Map<string, string>();
    // Sources that are not seed documents (Statistics Norway's classifications, a URL) are not checked here.
    for (const n of data.nodes.filter((x) => x.label === 'Source' && !String(x.props.file).includes('://'))) {
      texts.set(n.id, norm(await readFile(path.join(seeds, n.props.file as string), 'utf8')));
    }
    const missing = [...data.nodes.flatMap((n) => n.citations), ...data.rels.flatMap((r) => r.citations)]
      .filter((c) => texts.has(c.source) && c.locator !== 'the document itself' && !texts.get(c.source)!.includes(norm(c.quote)))
      .map((c) => `${c.source}: ${c.quote}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every theme name, indicator name, category and unit has English (data/i18n/en.yaml)', async () => {
    const data = await buildDataset(await listDataFiles());
    const missing = data.nodes.flatMap((n) => {
      const p = n.props as Record<string, unknown>;
      if (n.label === 'Theme') return p.nameEn ? [] : [`${n.id} name`];
      if (n.label !== 'Indicator') return [];
      return [!p.nameEn && `${n.id} name`, p.category && !p.categoryEn && `${n.id} category`, !p.unitEn && `${n.id} unit`].filter(Boolean);
    });
    expect(missing).toEqual([]);
  });

  it('the curated dataset itself is valid', async () => {
    const data = await buildDataset(await listDataFiles());
    expect(data.files.length).toBeGreaterThanOrEqual(3);
    expect(data.nodes.filter((n) => n.label === 'Actor').length).toBeGreaterThan(10);
  });
});
