/** Layout options shared by the worker and the main-thread fallback. */
export interface LayoutRequest {
  id: number;
  nodes: { id: string; size: number; x?: number; y?: number }[];
  edges: { source: string; target: string; weight: number }[];
  /** False keeps the given positions as the starting point (incremental, after "expand"). */
  randomize: boolean;
}

export interface LayoutResult {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  ms: number;
  error?: string;
}

/** fcose settings: 'draft' quality for large graphs keeps the layout to seconds, not minutes. */
export function fcoseOptions(nodeCount: number, randomize: boolean) {
  return {
    name: 'fcose',
    animate: false,
    randomize,
    quality: nodeCount > 800 ? 'draft' : 'default',
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 15000,
    edgeElasticity: () => 0.45,
    gravity: 0.25,
    numIter: 2500,
    packComponents: true,
    tile: true,
    fit: false,
  } as const;
}
