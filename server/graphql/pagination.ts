/** Relay cursors: opaque base64url JSON of the sort key of the last row. */
import { GraphQLError } from 'graphql';

export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(cursor: string | null | undefined, fields: (keyof T)[]): T | null {
  if (cursor == null) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
    if (v && typeof v === 'object' && fields.every((f) => f in v)) return v;
  } catch { /* fall through */ }
  throw new GraphQLError('`after` is not a cursor this API gave out: pass `pageInfo.endCursor` of the previous page.', {
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
  });
}

export function pageSize(first: number | null | undefined, max = 500): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new GraphQLError(`\`first\` must be from 1 to ${max}, got ${n}.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
  }
  return n;
}

/** Builds a connection from limit+1 rows (the extra row only says whether there is a next page). */
export function connection<T, N = T>(rows: T[], limit: number, total: number, hasPrevious: boolean,
  key: (row: T) => Record<string, unknown>, node: (row: T) => N = (r) => r as unknown as N) {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: node(row) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
