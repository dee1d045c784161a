import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { buildDataset, listDataFiles, type Dataset } from '../../server/data/dataset.js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDataFiles, loadDataset } from '../../server/data/loader.js';
import { dataReport } from '../../server/data/report.js';
import { startTestServer } from '../helpers.js';

let app: Samkart;
let data: Dataset;
beforeAll(async () => {
  app = await startTestServer();
  data = await buildDataset(await listDataFiles());
});
afterAll(async () => { await app?.stop(); });

/** A fingerprint of the whole graph: every node's labels and properties, every relationship. */
async function snapshot() {
  const nodes = await app.db.read(`MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`);
  return { nodes: sorted(nodes), rels: sorted(await relationships()), curated: nodes.filter((n: any) => n.props.curated === true).length };
}

async function relationships() {
  return app.db.read(`MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY a, type, b, r.key`);
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('the loader', () => {
  it('loads the curated set, and loading it again changes nothing', async () => {
    await loadDataset(app.db, data);
    const before = await snapshot();
    // Other test files add facts through the API (curated = false); the curated ones are exactly the files'.
    expect(before.curated).toBe(data.nodes.length);
    const r = await loadDataset(app.db, data);
    expect(r.removed).toBe(0);
    // A load bumps the data version (caches of derived results start afresh); the data is the same.
    const isVersion = (n: string) => (JSON.parse(n) as { labels: string[] }).labels.includes('DataVersion');
    const withoutVersion = (s: Awaited<ReturnType<typeof snapshot>>) => ({ ...s, nodes: s.nodes.filter((n) => !isVersion(n)) });
    const after = await snapshot();
    expect(withoutVersion(after)).toEqual(withoutVersion(before));
    expect(after.nodes.filter(isVersion)).toHaveLength(1);
  });

  it('is atomic: a failure in the middle leaves the graph as it was', async () => {
    const before = await snapshot();
    // The last relationship carries a value Neo4j cannot store (a map): that statement fails after
    // every node and citation of the transaction has been written.
    const last = data.rels.at(-1)!;
    const broken: Dataset = { ...data, rels: [...data.rels.slice(0, -1), { ...last, props: { ...last.props, bad: { nested: 1 } as never } }] };
    await expect(loadDataset(app.db, broken)).rejects.toThrow(/Property values can only be of primitive types|map/i);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects malformed records, unknown references and duplicate ids with precise messages, changing nothing', async () => {
    await loadDataset(app.db, data);
    const before = await snapshot();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'samkart-bad-data-'));
    const cite = 'sources: [{ quote: "q", locator: "s. 1" }]';
    const bad = path.join(dir, 'zz-bad.yaml');
    await writeFile(bad, `source: { id: "source:bad", file: bad.txt, title: Bad }
actors:
  - { id: actor:imdi-ost, name: IMDi Øst, kind: regional-office, level: regional, ${cite} }
  - { id: actor:bad-kind, name: Bad, kind: ministri, ${cite} }
  - { id: actor:bad-kind, name: Bad, kind: ministry, ${cite} }
networks:
  - id: network:bad
    name: Bad network
    members: [{ actor: actor:nobody, role: member, ${cite} }]
    ${cite}
`);
    let message = '';
    try {
      await loadDataFiles(app.db, [...(await listDataFiles()), bad]);
    } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/zz-bad\.yaml:4: actors\[1\] \(actor:bad-kind\)\.kind: Invalid option/);
    await writeFile(bad, (await readFile(bad, 'utf8')).replace('kind: ministri', 'kind: ministry'));
    try {
      await loadDataFiles(app.db, [...(await listDataFiles()), bad]);
    } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/actors\[2\] \(actor:bad-kind\): duplicate id/);
    expect(message).toMatch(/networks\[0\] \(network:bad\)\.members\[0\]: unknown id "actor:nobody"/);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves no fact without a source', async () => {
    const report = await dataReport(app.db);
    expect(report.nodesWithoutSource).toEqual([]);
    expect(report.relationshipsWithoutSource).toEqual([]);
    expect(report.possibleDuplicateActors).toEqual([]);
  });
});
