/**
 * Direct execution of queries whose answer is already in the response's shape.
 *
 * The query compiler (server/db/compile.ts) returns a root field's whole nested selection as maps
 * keyed by response key (`__c` on the top map; the maps below it are compiled too, which this
 * executor passes down as it walks). graphql-js would still walk every field of them, building a path,
 * an info object and a resolver call per field: for one plan with 60 measures that is over a
 * thousand calls that each return `src[key]`. This executor walks the same selection with the same
 * rules but reads those fields directly; every field whose resolver does work is still called with
 * a full GraphQLResolveInfo: root fields, fields of plain (not compiled) values, and on compiled
 * values every field whose resolver is not the plain compiled read — the free-text fields masked
 * for anonymous callers, contact persons' personal data (refused or audited), `Citation.quote`.
 * So authorisation and masking are the very resolvers graphql-js would run.
 *
 * It gives up (returns undefined, and Apollo runs graphql-js as usual) on anything it does not
 * reproduce exactly: mutations and subscriptions, introspection, variables that do not coerce, a
 * resolver that throws or returns an error, a null where the schema says non-null, a leaf that does
 * not serialise, an abstract type it cannot resolve. Those answers (with their errors and partial
 * data) come from graphql-js itself; a query re-run after giving up costs a second execution, which
 * only happens for requests that fail.
 */
import { createRequire } from 'node:module';
import {
  Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLAbstractType, type GraphQLField,
  type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { collectFields, variablesUsed, type Look } from './describe.js';

/**
 * graphql-js as Apollo loads it (CommonJS). Its type predicates check the realm, and the schema
 * comes from Apollo: under Vite (the tests) a plain import would load the ES build, a second realm.
 */
const {
  defaultTypeResolver, getArgumentValues, getVariableValues, isAbstractType, isLeafType, isListType, isNonNullType, isObjectType,
} = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Resolvers that only read a compiled map's value (set by server/graphql/schema.ts). */
export const PLAIN_COMPILED_READS = new WeakSet<object>();

/**
 * A root query field's result, once per request: when this executor gives up after running root
 * resolvers (an error, say), graphql-js gets the same promises instead of asking the database again.
 * Keyed by the field's node in the document (Apollo hands both executors the same document) and
 * its arguments.
 */
const rootResults = new WeakMap<object, Map<FieldNode, Map<string, unknown>>>();
export function oncePerRequest<T extends (src: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => unknown>(resolve: T): T {
  return ((src, args, ctx, info) => {
    let byNode = rootResults.get(ctx);
    if (!byNode) rootResults.set(ctx, byNode = new Map());
    let byArgs = byNode.get(info.fieldNodes[0]);
    if (!byArgs) byNode.set(info.fieldNodes[0], byArgs = new Map());
    const key = JSON.stringify(args);
    if (byArgs.has(key)) return byArgs.get(key);
    let result: unknown;
    try {
      result = resolve(src, args, ctx, info);
    } catch (e) {
      result = Promise.reject(e);
      (result as Promise<unknown>).catch(() => {});
    }
    byArgs.set(key, result);
    return result;
  }) as T;
}

/** Queries answered directly since the process started (tests check that the direct path is taken). */
export const directStats = { answered: 0, givenUp: 0 };

/** Thrown to give the request back to graphql-js. */
class GiveUp extends Error {}

type Path = GraphQLResolveInfo['path'];
type ParentPath = Path | undefined;
type Source = Record<string, unknown>;

/** One field of one object type in this operation, collected once per parsed operation. */
interface FieldPlan {
  key: string;
  name: string;
  nodes: FieldNode[];
  def: GraphQLField<unknown, unknown> | null;
  sets: SelectionSetNode[];
  /** Reads a compiled map's value itself (no resolver call needed). */
  plain: boolean;
}

/**
 * The field plans of one parsed operation for one set of values of the variables its `@skip` and
 * `@include` read: per selection sets (by identity: the plans' own `sets`, and the root's) and
 * object type. Kept across requests (Apollo keeps parsed operations, so a repeated query brings the
 * same nodes) and weakly by the operation, so a document Apollo drops takes its plans with it.
 */
interface Plans { root: SelectionSetNode[]; bySets: WeakMap<readonly SelectionSetNode[], Map<GraphQLObjectType, FieldPlan[]>> }
const plansOf = new WeakMap<OperationDefinitionNode, { names: string[]; byValues: Map<string, Plans> }>();
/** Plans kept per operation, one per set of directive values (the oldest dropped first). */
const PLANS_PER_OPERATION = 16;

function plansFor(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>): Plans {
  let forOp = plansOf.get(operation);
  if (!forOp) plansOf.set(operation, forOp = { names: variablesUsed(operation, fragments, () => true), byValues: new Map() });
  const key = forOp.names.length ? JSON.stringify(forOp.names.map((n) => variables[n])) : '';
  let plans = forOp.byValues.get(key);
  if (!plans) {
    forOp.byValues.set(key, plans = { root: [operation.selectionSet], bySets: new WeakMap() });
    if (forOp.byValues.size > PLANS_PER_OPERATION) forOp.byValues.delete(forOp.byValues.keys().next().value!);
  }
  return plans;
}

class Run {
  private readonly plans: Plans;
  /** Argument values of the fields with resolvers, once per request (they depend on all variables). */
  private readonly args = new Map<FieldPlan, Record<string, unknown>>();

  constructor(
    readonly schema: GraphQLSchema, readonly document: DocumentNode, readonly operation: OperationDefinitionNode,
    readonly fragments: Record<string, FragmentDefinitionNode>, readonly variables: Record<string, unknown>, readonly ctx: Context,
  ) {
    this.plans = plansFor(operation, fragments, variables);
  }

  /** The root selection, as the key of its plans. */
  get root(): SelectionSetNode[] { return this.plans.root; }

  private look(): Look {
    return { schema: this.schema, fragments: this.fragments, variables: this.variables, viewer: this.ctx.viewer };
  }

  /** The fields selected on `type` by `sets`, with their definitions (see Plans). */
  fields(sets: SelectionSetNode[], type: GraphQLObjectType): FieldPlan[] {
    let byType = this.plans.bySets.get(sets);
    if (!byType) this.plans.bySets.set(sets, byType = new Map());
    const cached = byType.get(type);
    if (cached) return cached;
    const defs = type.getFields();
    const out: FieldPlan[] = [];
    for (const [key, c] of collectFields(this.look(), sets, type.name)) {
      if (c.name.startsWith('__') && c.name !== '__typename') throw new GiveUp(); // introspection
      const def = c.name === '__typename' ? null : defs[c.name];
      if (c.name !== '__typename' && !def) throw new GiveUp();
      out.push({
        key, name: c.name, nodes: c.nodes, def: def ?? null,
        sets: c.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
        plain: !!def?.resolve && PLAIN_COMPILED_READS.has(def.resolve),
      });
    }
    byType.set(type, out);
    return out;
  }

  info(f: FieldPlan, parentType: GraphQLObjectType, path: Path): GraphQLResolveInfo {
    return {
      fieldName: f.name, fieldNodes: f.nodes, returnType: f.def!.type, parentType, path,
      schema: this.schema, fragments: this.fragments, rootValue: undefined, operation: this.operation, variableValues: this.variables,
    };
  }

  /**
   * An object's selected fields: a map in response-key order, or a promise of one. `inCompiled`: the
   * value was read from a compiled map, so it is compiled too (only the top map carries `__c`).
   */
  object(type: GraphQLObjectType, sets: SelectionSetNode[], src: Source | undefined, path: ParentPath, inCompiled = false): unknown {
    const out: Record<string, unknown> = {};
    let pending: Promise<unknown>[] | undefined;
    const compiled = inCompiled || src?.__c === true;
    try {
      this.fields_(type, sets, src, path, compiled, out, (p) => (pending ??= []).push(p));
    } catch (e) {
      settle(pending);
      throw e;
    }
    return pending ? Promise.all(pending).then(() => out) : out;
  }

  private fields_(type: GraphQLObjectType, sets: SelectionSetNode[], src: Source | undefined, path: ParentPath, compiled: boolean,
    out: Record<string, unknown>, later: (p: Promise<unknown>) => void): void {
    for (const f of this.fields(sets, type)) {
      if (f.def === null) { out[f.key] = type.name; continue; }
      const fieldPath: Path = { prev: path, key: f.key, typename: type.name };
      let value: unknown;
      if (compiled && f.plain) {
        if (!(f.key in src!)) throw new GiveUp(); // left out by the description: its resolver answers
        value = src![f.key];
      } else if (f.def.resolve) {
        // A resolver reads a compiled map as such by its marker (Citation.quote, masked text): the
        // map itself carries it, no record kept elsewhere.
        if (compiled) src!.__c = true;
        let args = this.args.get(f);
        if (!args) this.args.set(f, args = getArgumentValues(f.def, f.nodes[0], this.variables));
        value = f.def.resolve(src, args, this.ctx, this.info(f, type, fieldPath));
      } else {
        value = src?.[f.name];
        if (typeof value === 'function') throw new GiveUp();
      }
      const read = compiled && f.plain; // a value read from a compiled map is compiled
      const done = isPromise(value)
        ? value.then((v) => this.complete(f.def!.type, f.sets, v, fieldPath, f, type, read))
        : this.complete(f.def.type, f.sets, value, fieldPath, f, type, read);
      if (isPromise(done)) {
        out[f.key] = undefined; // keeps the key's place in the order
        later(done.then((v) => { out[f.key] = v; }));
      } else out[f.key] = done;
    }
  }

  complete(type: GraphQLOutputType, sets: SelectionSetNode[], value: unknown, path: Path, f: FieldPlan, parentType: GraphQLObjectType, inCompiled = false): unknown {
    if (value instanceof Error) throw new GiveUp();
    if (isNonNullType(type)) {
      if (value == null) throw new GiveUp();
      return this.complete(type.ofType, sets, value, path, f, parentType, inCompiled);
    }
    if (value == null) return null;
    if (isListType(type)) {
      if (!Array.isArray(value)) throw new GiveUp();
      let pending: Promise<unknown>[] | undefined;
      const items = new Array<unknown>(value.length);
      try {
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          const itemPath: Path = { prev: path, key: i, typename: undefined };
          const done = isPromise(item) ? item.then((v) => this.complete(type.ofType, sets, v, itemPath, f, parentType, inCompiled)) : this.complete(type.ofType, sets, item, itemPath, f, parentType, inCompiled);
          if (isPromise(done)) (pending ??= []).push(done.then((v) => { items[i] = v; }));
          else items[i] = done;
        }
      } catch (e) {
        settle(pending);
        throw e;
      }
      return pending ? Promise.all(pending).then(() => items) : items;
    }
    if (isLeafType(type)) {
      try {
        const out = type.serialize(value);
        if (out === undefined) throw new GiveUp();
        return out;
      } catch {
        throw new GiveUp();
      }
    }
    if (typeof value !== 'object') throw new GiveUp();
    if (isAbstractType(type)) {
      const resolved = this.runtimeType(type, value as Source, path, f, parentType);
      return isPromise(resolved)
        ? resolved.then((t) => this.object(t, sets, value as Source, path, inCompiled))
        : this.object(resolved, sets, value as Source, path, inCompiled);
    }
    if (isObjectType(type)) return this.object(type, sets, value as Source, path, inCompiled);
    throw new GiveUp();
  }

  private runtimeType(type: GraphQLAbstractType, value: Source, path: Path, f: FieldPlan, parentType: GraphQLObjectType): GraphQLObjectType | Promise<GraphQLObjectType> {
    const resolveType = type.resolveType ?? defaultTypeResolver;
    const name = resolveType(value, this.ctx, this.info(f, parentType, path), type);
    const pick = (n: unknown): GraphQLObjectType => {
      const t = typeof n === 'string' ? this.schema.getType(n) : undefined;
      if (!t || !isObjectType(t) || !this.schema.isSubType(type, t)) throw new GiveUp();
      return t;
    };
    return isPromise(name) ? name.then(pick) : pick(name);
  }
}

/** Promises started before giving up: their failures are of no interest any more. */
function settle(pending: Promise<unknown>[] | undefined) {
  for (const p of pending ?? []) p.catch(() => {});
}

function isPromise(x: unknown): x is Promise<unknown> {
  return typeof (x as { then?: unknown } | null)?.then === 'function';
}

/**
 * The query's data, executed directly, or undefined when graphql-js must execute it (see above).
 * Root fields run as graphql-js runs them (all at once, so their loaders share one round trip).
 */
export async function executeDirectly(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown> | undefined, ctx: Context,
): Promise<Record<string, unknown> | undefined> {
  if (operation.operation !== 'query') return undefined;
  const queryType = schema.getQueryType();
  if (!queryType) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const run = new Run(schema, document, operation, fragments, coerced.coerced, ctx);
  try {
    // No root value: root resolvers get `undefined` as graphql-js gives them (Apollo sets none).
    return await (run.object(queryType, run.root, undefined, undefined) as Promise<Record<string, unknown>> | Record<string, unknown>);
  } catch {
    // GiveUp, or a resolver's error: graphql-js answers, with its errors and partial data.
    return undefined;
  }
}

/**
 * The Apollo plugin: after parsing, validation and the operation limits (didResolveOperation of
 * every plugin), a query is answered by executeDirectly when it can be; otherwise Apollo executes it.
 */
export const directExecution: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async responseForOperation({ schema, document, operation, request, contextValue }) {
        const data = await executeDirectly(schema, document, operation, request.variables, contextValue);
        if (data === undefined) { directStats.givenUp++; return null; }
        directStats.answered++;
        return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
      },
    };
  },
};
