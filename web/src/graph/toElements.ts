import type { ElementDefinition } from 'cytoscape';

/** The least an actor needs to be drawn. */
export interface ActorLike { id: string; name: string; kind?: string | null; parent?: { id: string } | null }

/**
 * Maps actors to Cytoscape elements: one node per actor, and a PART_OF edge to its parent when
 * the parent is drawn too. Pure, so it is unit-tested without a browser.
 */
export function actorsToElements(actors: readonly ActorLike[]): ElementDefinition[] {
  const ids = new Set(actors.map((a) => a.id));
  const nodes: ElementDefinition[] = actors.map((a) => ({
    group: 'nodes',
    data: { id: a.id, label: a.name, kind: a.kind ?? 'UNKNOWN' },
  }));
  const edges: ElementDefinition[] = actors
    .filter((a) => a.parent && ids.has(a.parent.id))
    .map((a) => ({ group: 'edges', data: { id: `${a.id}->${a.parent!.id}`, source: a.id, target: a.parent!.id, kind: 'PART_OF' } }));
  return [...nodes, ...edges];
}
