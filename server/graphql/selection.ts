/**
 * Look-ahead into an operation's selection, so resolvers can skip work nobody asked for and ask
 * the database only for what will be returned.
 */
import { isAbstractType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { OBJECT_TYPE } from '../db/projections.js';
import { relationItems, type RelatedKey, type Shape } from '../db/repos/graph.repo.js';

/** A place in the operation: the selection sets below one field (several when the field is repeated). */
export interface Selection { info: GraphQLResolveInfo; sets: readonly SelectionSetNode[] }

const selections = new WeakMap<readonly FieldNode[], Selection>();

/**
 * The selection below the field being resolved. graphql-js hands every item of a list the same
 * `fieldNodes`, so the items share one Selection, and what is derived from it is derived once.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  let sel = selections.get(info.fieldNodes);
  if (!sel) selections.set(info.fieldNodes, sel = { info, sets: info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])) });
  return sel;
}

/**
 * The fields selected on a value of the given object type, each with the selection below it
 * (merged over aliases and repeats), through fragments whose type condition the type satisfies.
 * `@skip`/`@include` are not evaluated: a field that might be skipped still counts as selected.
 */
export function fieldsOn(sel: Selection, typeName: string): Map<string, Selection> {
  const { info } = sel;
  const type = info.schema.getType(typeName);
  const out = new Map<string, SelectionSetNode[]>();
  const seen = new Set<string>();
  const applies = (cond: string | undefined): boolean => {
    if (!cond || cond === typeName) return true;
    const c = info.schema.getType(cond);
    return !!c && !!type && isAbstractType(c) && isObjectType(type) && info.schema.isSubType(c, type);
  };
  const walk = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const below = out.get(s.name.value) ?? [];
        if (s.selectionSet) below.push(s.selectionSet);
        out.set(s.name.value, below);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) walk(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = info.fragments[s.name.value];
        if (f && applies(f.typeCondition.name.value)) walk(f.selectionSet);
      }
    }
  };
  for (const set of sel.sets) walk(set);
  return new Map([...out].map(([name, sets]) => [name, { info, sets }]));
}

/** True when any field below the resolver's field, at any depth, has one of the given names. */
export function selectsAny(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (names.has(s.name.value) || walk(s.selectionSet)) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

/** The shape of a relation's items for a selection on the relation's field (see Shape in graph.repo). */
export function shapeOf(key: RelatedKey, sel: Selection): Shape {
  const { item, row } = relationItems(key);
  if (!row) return { need: new Set(fieldsOn(sel, OBJECT_TYPE[item]).keys()), citations: false };
  const fields = fieldsOn(sel, row.type);
  const far = fields.get(row.field);
  return { need: new Set(far ? fieldsOn(far, OBJECT_TYPE[item]).keys() : []), citations: fields.has('sources') };
}
