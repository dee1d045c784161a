/**
 * The map at scale, against a made-up graph served in place of the API's answer (the real data is
 * small): above the aggregation threshold the map shows one node per community, a click opens that
 * community in place (its actors at their own positions around where it was, the others stay
 * aggregated), Back closes it again; and a large graph is added in chunks across frames.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCompact } from '../../server/analysis/compact.js';
import type { GraphResult } from '../../server/analysis/collaboration.js';
import { mapReady, type MapSession, shot, startMapSession } from './browser.js';
import { syntheticGraph } from './synthetic.js';

let session: MapSession | undefined;
beforeAll(async () => { session = await startMapSession(); });
afterAll(async () => { await session?.stop(); });

const cy = <T>(p: Page, fn: string) => p.evaluate(`(() => { const cy = window.__cy; return ${fn}; })()`) as Promise<T>;

/** 4,000 actors and 8,000 links (12,000 elements, above the default threshold of 10,000) in 16 communities, each a block of the grid. */
function blockGraph(positioned: boolean): GraphResult {
  const g = syntheticGraph(4000, 8000, positioned, 16);
  const side = Math.ceil(Math.sqrt(4000)), block = Math.ceil(side / 4);
  for (const [i, n] of g.nodes.entries()) n.community = Math.floor((i % side) / block) + 4 * Math.floor(Math.floor(i / side) / block);
  return g;
}

describe('the map at scale', () => {
  it('aggregates a large graph into communities and opens one in place on click; Back closes it', async () => {
    const { page, errors } = session!;
    const asked: { layout: boolean; open: number[] }[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (!String(body?.query).includes('query CollaborationGraph')) return route.continue();
      const v = body.variables ?? {};
      asked.push({ layout: !!v.layout, open: v.open ?? [] });
      await route.fulfill({ json: { data: { collaborationGraph: { compact: encodeCompact(blockGraph(!!v.layout), { expand: v.open ?? [] }) } } } });
    });
    try {
      await page.goto(session!.app.url);
      await mapReady(page);
      await page.getByTestId('map-aggregated').waitFor();
      expect(await cy<number>(page, "cy.nodes('.community').length")).toBe(16);
      expect(await cy<number>(page, 'cy.nodes().length')).toBe(16);
      expect(await cy<number>(page, 'cy.edges().length')).toBeGreaterThan(16);
      await shot(page, 'map-aggregated');

      // A real click on community 5's node.
      const before = await cy<{ x: number; y: number }>(page, "cy.getElementById('community:5').position()");
      const other = await cy<{ x: number; y: number }>(page, "cy.getElementById('community:0').position()");
      const at = await cy<{ x: number; y: number }>(page, "cy.getElementById('community:5').renderedPosition()");
      const box = (await page.getByTestId('collaboration-map').boundingBox())!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe('5');
      await mapReady(page);
      await expect.poll(() => cy<number>(page, "cy.nodes('.community').length")).toBe(15);
      const actors = await cy<{ x: number; y: number }[]>(page, "cy.nodes().not('.community').map((n) => n.position())");
      expect(actors.length).toBe(blockGraph(false).nodes.filter((n) => n.community === 5).length);
      // In place: its actors sit around where the community was, and the other communities stay put.
      const mean = (k: 'x' | 'y') => actors.reduce((s, p) => s + p[k], 0) / actors.length;
      expect(Math.abs(mean('x') - before.x)).toBeLessThan(1);
      expect(Math.abs(mean('y') - before.y)).toBeLessThan(1);
      expect(await cy(page, "cy.getElementById('community:0').position()")).toEqual(other);
      // Its actors' collaboration with the rest is summed into links to the other communities.
      expect(await cy<number>(page, "cy.edges('.link').filter((e) => !e.source().hasClass('community') || !e.target().hasClass('community')).length")).toBeGreaterThan(0);
      await shot(page, 'map-aggregated-open', { docs: true });

      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBeNull();
      await mapReady(page);
      await expect.poll(() => cy<number>(page, 'cy.nodes().length')).toBe(16);
      expect(asked.some((a) => a.layout && a.open.includes(5))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.unroute('**/graphql');
    }
  });
});
