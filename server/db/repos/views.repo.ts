/** Saved map views: named, described map states with pinned positions, stored as SavedView nodes. */
import { BUMP_DATA_VERSION } from '../dataVersion.js';
import type { Db } from '../driver.js';

export interface PinnedPositionRow { id: string; x: number; y: number }

export interface SavedViewRow {
  id: string;
  name: string;
  description: string | null;
  state: string;
  positions: PinnedPositionRow[];
  createdBy: string;
  createdAt: string;
}

/** Positions are stored as one JSON string: a view's pins are read and written whole, never queried. */
const PROJECTION = `v {.id, .name, .description, .state, .createdBy, .createdAt, positionsJson: v.positions}`;

/** Every view, newest first. */
const LIST = `MATCH (v:SavedView) RETURN ${PROJECTION} AS view ORDER BY v.createdAt DESC, v.id`;

/** One view by id (no row when there is none). */
const GET = `MATCH (v:SavedView {id: $id}) RETURN ${PROJECTION} AS view`;

/** Creates a view and bumps the data version in the same transaction. */
const CREATE = `
CREATE (v:SavedView {id: $id, name: $name, description: $description, state: $state, positions: $positions,
  createdBy: $createdBy, createdAt: $createdAt})
WITH v
${BUMP_DATA_VERSION}
RETURN ${PROJECTION} AS view`;

/** Deletes a view; returns whether one existed (and bumps the data version only then). */
const DELETE = `
OPTIONAL MATCH (v:SavedView {id: $id})
WITH v, v IS NOT NULL AS existed
FOREACH (_ IN CASE WHEN existed THEN [1] ELSE [] END | DETACH DELETE v ${BUMP_DATA_VERSION})
RETURN existed`;

type Stored = Omit<SavedViewRow, 'positions'> & { positionsJson: string | null };
const fromStored = (v: Stored): SavedViewRow => {
  const { positionsJson, ...rest } = v;
  return { ...rest, description: rest.description ?? null, positions: positionsJson ? JSON.parse(positionsJson) as PinnedPositionRow[] : [] };
};

export async function listViews(db: Db): Promise<SavedViewRow[]> {
  return (await db.read<{ view: Stored }>(LIST)).map((r) => fromStored(r.view));
}

export async function getView(db: Db, id: string): Promise<SavedViewRow | null> {
  const [row] = await db.read<{ view: Stored }>(GET, { id });
  return row ? fromStored(row.view) : null;
}

export async function createView(db: Db, view: SavedViewRow): Promise<SavedViewRow> {
  const [row] = await db.write<{ view: Stored }>(CREATE, { ...view, positions: JSON.stringify(view.positions) });
  return fromStored(row.view);
}

export async function deleteView(db: Db, id: string): Promise<boolean> {
  const [row] = await db.write<{ existed: boolean }>(DELETE, { id });
  return !!row?.existed;
}
