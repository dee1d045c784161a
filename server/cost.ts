/**
 * What an operation costs, computed before any work starts, with its variables: a page size given
 * as `$n` counts as much as a literal one, and fields that are expensive to compute (the
 * collaboration graph and its layout, paths, gaps) carry a declared cost. An Apollo plugin refuses
 * an operation above `SAMKART_MAX_COST` in `didResolveOperation`, after validation and before
 * execution, so a refused operation never reaches the database or the analysis workers.
 *
 * The rules (README, "Limits and errors"):
 * - a leaf field costs 1 (`__typename` 0), a field with a selection 2 plus what its selection costs;
 * - a field with a page size (`first`, or the number of `ids` of `nodes`) multiplies what its
 *   selection costs by that size; the schema's default counts when the argument is left out;
 * - fields in FIELD_COSTS cost their declared amount instead of 1 or 2 (plus their selection);
 *   FIELD_ARGUMENT_COSTS adds to it for an argument (e.g. `layout: true`);
 * - fragments and inline fragments count as if written out; `@skip`/`@include` with a known value
 *   are honoured.
 */
import {
  GraphQLError, Kind, valueFromASTUntyped,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLSchema, type GraphQLNamedType, type GraphQLType,
  type OperationDefinitionNode, type SelectionSetNode, type DirectiveNode,
} from 'graphql';

// Duck-typed rather than graphql's isObjectType & co.: those check the class, and the schema may
// come from another copy of graphql-js than this module (vitest loads the ESM build, Apollo the CJS one).
const fieldsOf = (t: GraphQLNamedType | undefined | null): Record<string, GraphQLField<unknown, unknown>> | undefined =>
  t && typeof (t as { getFields?: unknown }).getFields === 'function' && !('parseValue' in t) && !('getValues' in t)
    ? (t as unknown as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields() : undefined;
const named = (t: GraphQLType): GraphQLNamedType => {
  let x: GraphQLType = t;
  while ('ofType' in x && x.ofType) x = x.ofType as GraphQLType;
  return x as GraphQLNamedType;
};

/** Declared costs of fields whose work is more than a lookup (`Type.field`). */
export const FIELD_COSTS: Record<string, number> = {
  'Query.collaborationGraph': 1500,
  'Query.path': 500,
  'Query.gaps': 500,
  'Query.search': 20,
  'CollaborationGraph.brokers': 10,
  'CollaborationGraph.compact': 10,
};

/** Extra cost of a field when an argument has a given value (`Type.field(arg: value)`). */
export const FIELD_ARGUMENT_COSTS: Record<string, { argument: string; value: unknown; cost: number }[]> = {
  'Query.collaborationGraph': [{ argument: 'layout', value: true, cost: 3500 }],
};

/** Arguments that say how many items a list field returns. */
const PAGE_ARGUMENTS = ['first', 'last', 'limit'];

export class CostError extends GraphQLError {
  constructor(readonly cost: number, readonly limit: number) {
    super(`The operation is too expensive: its cost is ${cost}, the limit is ${limit}. Ask for fewer items (smaller \`first\`), fewer aliases of expensive fields, or split it.`, {
      extensions: { code: 'COST_LIMIT_EXCEEDED', cost, limit, http: { status: 400 } },
    });
  }
}

/** The cost of `operation` with `variables`; stops counting once past `stopAbove`. */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {}, stopAbove = Number.POSITIVE_INFINITY): number {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  const value = (node: Parameters<typeof valueFromASTUntyped>[0]) => valueFromASTUntyped(node, variables);
  const skipped = (directives: readonly DirectiveNode[] | undefined) => (directives ?? []).some((d) => {
    const cond = d.arguments?.find((a) => a.name.value === 'if');
    if (!cond) return false;
    const v = value(cond.value);
    return (d.name.value === 'skip' && v === true) || (d.name.value === 'include' && v === false);
  });
  const seenFragments = new Set<string>();

  const selectionCost = (type: GraphQLNamedType, set: SelectionSetNode, depth: number): number => {
    if (depth > 64) return stopAbove + 1; // cyclic or absurd nesting; depth limits refuse it anyway
    let sum = 0;
    for (const sel of set.selections) {
      if (sum > stopAbove) return sum;
      if (skipped(sel.directives)) continue;
      if (sel.kind === Kind.FIELD) sum += fieldCost(type, sel, depth);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) ?? type : type;
        sum += selectionCost(t, sel.selectionSet, depth + 1);
      } else {
        const frag = fragments[sel.name.value];
        if (!frag || seenFragments.has(frag.name.value)) continue; // validation reports unknown and cyclic fragments
        seenFragments.add(frag.name.value);
        sum += selectionCost(schema.getType(frag.typeCondition.name.value) ?? type, frag.selectionSet, depth + 1);
        seenFragments.delete(frag.name.value);
      }
    }
    return sum;
  };

  const fieldCost = (parent: GraphQLNamedType, node: FieldNode, depth: number): number => {
    const name = node.name.value;
    // __typename costs nothing (clients such as urql add it to every selection); introspection 1.
    if (name === '__typename') return 0;
    if (name.startsWith('__')) return 1;
    const def = fieldsOf(parent)?.[name];
    const key = `${parent.name}.${name}`;
    const args: Record<string, unknown> = {};
    for (const a of def?.args ?? []) if (a.defaultValue !== undefined) args[a.name] = a.defaultValue;
    for (const a of node.arguments ?? []) args[a.name.value] = value(a.value);
    let own = FIELD_COSTS[key] ?? (node.selectionSet ? 2 : 1);
    for (const extra of FIELD_ARGUMENT_COSTS[key] ?? []) if (args[extra.argument] === extra.value) own += extra.cost;
    if (!node.selectionSet) return own;
    let size = 1;
    for (const p of PAGE_ARGUMENTS) if (typeof args[p] === 'number' && Number.isFinite(args[p])) size = Math.max(size, args[p] as number);
    if (Array.isArray(args.ids)) size = Math.max(size, args.ids.length);
    // A union's members are asked for through inline fragments, which name their type.
    return own + size * selectionCost(def ? named(def.type) : parent, node.selectionSet, depth + 1);
  };

  return selectionCost(root, operation.selectionSet, 0);
}
