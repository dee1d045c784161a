/** Actors: agencies, bodies, organisations and generic roles. */
import type { Db } from '../driver.js';
import { toEnum } from '../enums.js';

export interface ActorRow {
  id: string; name: string; shortName: string | null; aliases: string[];
  kind: string | null; level: string | null; isGenericRole: boolean; parentId: string | null;
}

/** The projection of an actor bound to variable `v`. */
export const actorFields = (v: string) => `${v} {.id, .name, .shortName, aliases: coalesce(${v}.aliases, []), .kind, .level,
  isGenericRole: coalesce(${v}.isGenericRole, false), parentId: [(${v})-[:PART_OF]->(p:Actor) | p.id][0]}`;

/** One page of actors ordered by name then id, after a (name, id) cursor; plus the total. */
const ACTOR_PAGE = `
MATCH (a:Actor)
WHERE $after IS NULL OR a.name > $after.name OR (a.name = $after.name AND a.id > $after.id)
WITH a ORDER BY a.name, a.id LIMIT $limit
RETURN ${actorFields('a')} AS actor`;

/** How many actors there are (a count-store lookup, cheap at any size). */
const ACTOR_COUNT = `MATCH (a:Actor) RETURN count(a) AS n`;

/** Actors by id, in any order. */
const ACTORS_BY_ID = `MATCH (a:Actor) WHERE a.id IN $ids RETURN ${actorFields('a')} AS actor`;

/** Units of each given actor, by parent id. */
const CHILDREN_OF = `
UNWIND $ids AS id
MATCH (c:Actor)-[:PART_OF]->(:Actor {id: id})
WITH id, c ORDER BY c.name
RETURN id, collect(${actorFields('c')}) AS children`;

function mapActor(a: ActorRow): ActorRow {
  return { ...a, kind: toEnum(a.kind), level: toEnum(a.level) };
}

export async function actorPage(db: Db, limit: number, after: { name: string; id: string } | null) {
  const [rows, [count]] = await Promise.all([
    db.read<{ actor: ActorRow }>(ACTOR_PAGE, { limit: limit + 1, after }),
    db.read<{ n: number }>(ACTOR_COUNT),
  ]);
  return { rows: rows.map((r) => mapActor(r.actor)), total: count.n };
}

export async function actorsById(db: Db, ids: readonly string[]): Promise<(ActorRow | null)[]> {
  const rows = await db.read<{ actor: ActorRow }>(ACTORS_BY_ID, { ids });
  const byId = new Map(rows.map((r) => [r.actor.id, mapActor(r.actor)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function childrenOf(db: Db, ids: readonly string[]): Promise<ActorRow[][]> {
  const rows = await db.read<{ id: string; children: ActorRow[] }>(CHILDREN_OF, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.children.map(mapActor)]));
  return ids.map((id) => byId.get(id) ?? []);
}
