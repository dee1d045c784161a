/**
 * A fuzz test over every argument of every query and mutation in the schema: operations with
 * generated arguments (valid, borderline and hostile values, wrong types, missing and huge ones)
 * sent as an editor. Expected: never a 5xx, never INTERNAL_SERVER_ERROR, and a mutation that is
 * refused changes nothing (the data version stays). Bounded: FUZZ_COUNT operations (default 1,000)
 * or FUZZ_SECONDS, whichever comes first; `FUZZ_COUNT=20000 npx vitest run tests/server/fuzz.test.ts`
 * is the long run recorded in docs/operations.md.
 */
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType, isScalarType, isUnionType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { readDataVersion } from '../../server/db/dataVersion.js';
import { loadTypeDefs } from '../../server/graphql/schema.js';
import { gql, startTestServer } from '../helpers.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 1000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 300);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const EDITOR = 'editor-token-for-tests-0123456789';
const MARK = 'test-fuzz';

let seed = Number(process.env.FUZZ_SEED ?? 20261130);
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const HOSTILE_STRINGS = [
  '', ' ', `${MARK}`, `${MARK} Etaten`, `${MARK} " OR 1=1 //`, `${MARK}'}) MATCH (n) DETACH DELETE n //`, `${MARK} \${x} $id`, `${MARK} <script>alert(1)</script>`,
  `${MARK}-${'a'.repeat(5000)}`, `${MARK} \u0000\u202e\uFFFF`, '2016', '2016-08', '2023-02-31', '2016-13-01', '99999-01-01', '-1', 'NaN', 'null',
  `${MARK} kjønnslemlestelse Østfold`, '%E0%A4%A', '../../etc/passwd', '\\', `${MARK}@example.no 22 24 90 90`,
];
const IDS = [
  '', `actor:${MARK}-a`, `network:${MARK}-b`, `plan:${MARK}-c`, `measure:${MARK}-c/1`, `contact:${MARK}-d`, 'nonexistent', 'actor:', ':', `actor:${MARK}-${'x'.repeat(300)}`,
  `actor:${MARK} " OR 1=1`, 'region:nowhere', `${MARK}/../..`,
];
const INTS = [0, 1, -1, 2, 5, 20, 100, 500, 501, 1000, 2 ** 31 - 1, -(2 ** 31), 1e6];

function unwrap(t: GraphQLInputType): { list: boolean; nonNull: boolean; named: GraphQLNamedType } {
  const nonNull = isNonNullType(t);
  const inner = nonNull ? (t.ofType as GraphQLInputType) : t;
  return { list: isListType(inner), nonNull, named: getNamedType(t) };
}

/** A value for an input type; sometimes of the wrong type on purpose. */
function valueFor(t: GraphQLInputType, depth = 0): unknown {
  const { list, nonNull, named } = unwrap(t);
  if (!nonNull && rand() < 0.1) return null;
  if (rand() < 0.04) return pick([{}, [], 'x', 3.5, true, -7]); // wrong type
  if (list) {
    const n = pick([0, 1, 2, 3, 150]);
    const itemType = (isNonNullType(t) ? t.ofType : t) as { ofType: GraphQLInputType };
    return Array.from({ length: n }, () => valueFor(itemType.ofType, depth + 1));
  }
  if (isEnumType(named)) return rand() < 0.85 ? pick(named.getValues()).name : pick(['NOT_A_VALUE', 'lead', '', 'LEAD ']);
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      if (isNonNullType(f.type) ? rand() < 0.95 : rand() < 0.5) out[f.name] = valueFor(f.type, depth + 1);
    }
    if (rand() < 0.05) out.notAField = 1;
    return out;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int': return pick(INTS);
      case 'Float': return pick([0, -1, 0.5, 1e12, -1e12, 3]);
      case 'Boolean': return rand() < 0.5;
      case 'ID': return pick(IDS);
      default: return pick(HOSTILE_STRINGS);
    }
  }
  return null;
}

/** A small selection for a return type: __typename and a few argument-free scalar fields. */
function selection(schema: GraphQLSchema, named: GraphQLNamedType): string {
  if (isObjectType(named) || isInterfaceType(named)) {
    const scalars = Object.values(named.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)) && (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))));
    return `{ __typename ${scalars.slice(0, 4).map((f) => f.name).join(' ')} }`;
  }
  if (isUnionType(named)) return '{ __typename }';
  return '';
}

/** One operation calling `field` with generated variables for its arguments. */
function operation(schema: GraphQLSchema, kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [], args: string[] = [];
  for (const a of field.args as GraphQLArgument[]) {
    if (!isNonNullType(a.type) && rand() < 0.3) continue; // leave optional ones out sometimes
    if (isNonNullType(a.type) && rand() < 0.03) continue; // and a required one, rarely
    defs.push(`$${a.name}: ${String(a.type)}`);
    args.push(`${a.name}: $${a.name}`);
    variables[a.name] = valueFor(a.type);
  }
  const query = `${kind} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(schema, getNamedType(field.type))} }`;
  return { query, variables };
}

let app: Samkart;
let existing: Set<string>;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR}`, SAMKART_OPERATION_TIMEOUT_MS: '20000' });
  existing = new Set((await app.db.read<{ id: string }>('MATCH (n:Entity) WHERE n.curated = false RETURN n.id AS id')).map((r) => r.id));
});
afterAll(async () => {
  // Whatever the accepted mutations created is removed: entities that were not there before.
  const created = (await app.db.read<{ id: string }>('MATCH (n:Entity) WHERE n.curated = false RETURN n.id AS id')).map((r) => r.id).filter((id) => !existing.has(id));
  if (created.length) await app.db.write('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids: created });
  await app?.stop();
});

describe('fuzzing every argument of the schema', () => {
  it(`${COUNT} generated operations: no 5xx, no internal error, and refused mutations change nothing`, async () => {
    const schema = buildSchema(loadTypeDefs());
    const fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).filter((f) => f.name !== 'mergeActors').map((f) => ['mutation', f] as const),
    ];
    const end = Date.now() + SECONDS * 1000;
    const tally = { ops: 0, ok: 0, refused: 0, status: {} as Record<number, number>, codes: {} as Record<string, number> };
    const problems: string[] = [];
    const covered = new Set<string>();
    // Queries run FUZZ_CONCURRENCY at a time; a mutation runs alone, so the data version it is
    // checked against can only have been changed by itself.
    let inflight = 0, exclusive: Promise<void> | null = null, next = 0;
    const runOne = async (i: number) => {
      const [kind, field] = i < fields.length * 3 ? fields[i % fields.length] : pick(fields);
      const op = operation(schema, kind, field);
      while (exclusive) await exclusive;
      let release = () => {};
      if (kind === 'mutation') {
        exclusive = new Promise<void>((r) => { release = r; });
        while (inflight > 0) await new Promise((r) => setTimeout(r, 2));
      }
      inflight++;
      try {
        const before = kind === 'mutation' ? await readDataVersion(app.db) : 0;
        const r = await gql(app, op.query, op.variables, { authorization: `Bearer ${EDITOR}` })
          .catch((e) => ({ status: 0, headers: new Headers(), body: { data: null, errors: [{ message: String(e), extensions: { code: 'FETCH_FAILED' } }] } }));
        tally.ops++;
        for (const a of field.args) if (a.name in op.variables) covered.add(`${field.name}.${a.name}`);
        tally.status[r.status] = (tally.status[r.status] ?? 0) + 1;
        const errors = r.body.errors ?? [];
        for (const e of errors) tally.codes[String(e.extensions?.code)] = (tally.codes[String(e.extensions?.code)] ?? 0) + 1;
        if (r.status >= 500 || r.status === 0 || errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
          problems.push(`${r.status} ${JSON.stringify(errors[0]).slice(0, 300)}\n  ${op.query}\n  ${JSON.stringify(op.variables).slice(0, 300)}`);
        }
        if (errors.length) tally.refused++; else tally.ok++;
        if (kind === 'mutation' && errors.length && !(r.body.data as Record<string, unknown> | null | undefined)?.[field.name]) {
          const after = await readDataVersion(app.db);
          if (after !== before) problems.push(`a refused ${field.name} changed the data version: ${op.query} ${JSON.stringify(op.variables).slice(0, 300)}`);
        }
      } finally {
        inflight--;
        if (kind === 'mutation') { exclusive = null; release(); }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < COUNT && Date.now() < end) await runOne(next++);
    }));
    const allArgs = fields.flatMap(([, f]) => f.args.map((a) => `${f.name}.${a.name}`));
    console.log(`fuzz: ${tally.ops} operations, ${tally.ok} answered, ${tally.refused} refused; statuses ${JSON.stringify(tally.status)}; codes ${JSON.stringify(tally.codes)}; ${covered.size}/${allArgs.length} arguments covered`);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(tally.ops).toBeGreaterThanOrEqual(Math.min(COUNT, 1000));
    expect(allArgs.filter((a) => !covered.has(a))).toEqual([]);
  }, (SECONDS + 60) * 1000);
});
