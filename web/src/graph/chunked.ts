/**
 * Adding many elements to Cytoscape without a long main-thread task: the elements go in chunks,
 * one chunk per task after each frame, each chunk sized to stay within a time budget (measured as
 * it goes, since what an element costs depends on the machine and the stylesheet). The frame in
 * between draws what is there, so the map appears at once and fills in. Also the rendering
 * profile the map uses for large graphs, shared with the map benchmark (bench/map-product.ts).
 */
import type { Core, CytoscapeOptions, ElementDefinition } from 'cytoscape';

/** Below this many elements everything is added in one go (it takes well under a frame's budget). */
export const CHUNK_ABOVE = 1500;
/** Time one chunk may take, in ms (a long task is 50 ms; the limit is 200 ms). */
export const CHUNK_BUDGET_MS = 40;

/**
 * Cytoscape options by size: large graphs draw a cached texture while panning and zooming, hide
 * edges and labels meanwhile, and render at 1× pixels.
 */
export function renderingProfile(large: boolean): Partial<CytoscapeOptions> {
  return {
    minZoom: 0.03, maxZoom: 5, motionBlur: false,
    textureOnViewport: true, hideEdgesOnViewport: large, hideLabelsOnViewport: large, pixelRatio: large ? 1 : 'auto',
  } as Partial<CytoscapeOptions>;
}

/**
 * Adds element definitions and at once computes their styles and bounding boxes (label sizes
 * included). Cytoscape otherwise leaves that to the first frame that draws them, which then does
 * it in the same task as the drawing (measured with `bench/browser.ts --trace`: style application
 * and label measuring were about a fifth of that task); done here, it is part of the task that adds,
 * and the frame only draws. Only for sets added at once: in chunks it made the fixed-size first
 * chunk too long (718 ms on a loaded machine in tests/e2e/map.test.ts).
 */
export function addStyled(cy: Core, definitions: readonly ElementDefinition[]) {
  let added = cy.collection();
  cy.batch(() => { added = cy.add(definitions as ElementDefinition[]); });
  added.boundingBox();
  return added;
}

const nextFrame = () => new Promise<void>((resolve) => {
  // After the frame is drawn: a task of its own, not part of the frame's rendering work.
  requestAnimationFrame(() => setTimeout(resolve, 0));
});

/** Sets the viewport to fit positioned elements before any is added, so the first chunk is drawn where it belongs. */
export function fitToDefinitions(cy: Core, elements: readonly ElementDefinition[], padding = 30): boolean {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const e of elements) {
    if (!e.position) continue;
    const r = (Number(e.data.size) || 20) / 2;
    x1 = Math.min(x1, e.position.x - r); x2 = Math.max(x2, e.position.x + r);
    y1 = Math.min(y1, e.position.y - r); y2 = Math.max(y2, e.position.y + r);
  }
  if (!Number.isFinite(x1)) return false;
  const w = cy.width(), h = cy.height();
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), (w - 2 * padding) / Math.max(1, x2 - x1), (h - 2 * padding) / Math.max(1, y2 - y1)));
  cy.viewport({ zoom, pan: { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 } });
  return true;
}

export interface ChunkProgress { added: number; total: number; chunks: number; longestChunkMs: number }

/**
 * Adds `elements` (nodes before edges, as an edge needs both ends) in chunks across frames.
 * Resolves true when all are added, false when `cancelled()` turned true in between (a newer set of
 * elements replaced these). `onChunk` runs after each chunk.
 */
export async function addInChunks(cy: Core, elements: readonly ElementDefinition[], o: {
  budgetMs?: number; cancelled?: () => boolean; onChunk?: (p: ChunkProgress) => void; firstChunk?: number;
} = {}): Promise<boolean> {
  const budget = o.budgetMs ?? CHUNK_BUDGET_MS;
  const ordered = [...elements.filter((e) => e.group === 'nodes'), ...elements.filter((e) => e.group !== 'nodes')];
  const progress: ChunkProgress = { added: 0, total: ordered.length, chunks: 0, longestChunkMs: 0 };
  let size = o.firstChunk ?? 400;
  while (progress.added < ordered.length) {
    if (o.cancelled?.()) return false;
    const started = performance.now();
    const chunk = ordered.slice(progress.added, progress.added + size);
    cy.batch(() => { cy.add(chunk as ElementDefinition[]); });
    const ms = performance.now() - started;
    progress.added += chunk.length; progress.chunks++;
    progress.longestChunkMs = Math.max(progress.longestChunkMs, ms);
    o.onChunk?.(progress);
    // Aim the next chunk at the budget from what this one cost per element (growth at most 2× per step).
    const perElement = ms / Math.max(1, chunk.length);
    size = Math.max(100, Math.min(size * 2, Math.floor(budget / Math.max(perElement, 0.001))));
    if (progress.added < ordered.length) await nextFrame();
  }
  return !o.cancelled?.();
}

