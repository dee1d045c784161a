/**
 * The collaboration map in a real Chromium against the real server and database: search and
 * focus, filters in the URL, the actor and edge panels, expanding, the path finder, the table
 * alternative, exports and the language switch.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { encodeCompact } from '../../server/analysis/compact.js';
import { syntheticGraph } from './synthetic.js';
import { mapReady, type MapSession, openPage, seriousA11yViolations, shot, startMapSession } from './browser.js';

let app: Samkart;
let browser: Browser;
let page: Page;
let errors: string[];
let session: MapSession | undefined;

beforeAll(async () => { session = await startMapSession(); ({ app, browser, page, errors } = session); });
afterAll(async () => { await session?.stop(); });

const cy = <T>(p: Page, fn: string) => p.evaluate(`(() => { const cy = window.__cy; return ${fn}; })()`) as Promise<T>;
const query = (p: Page) => new URL(p.url()).searchParams;

describe('the collaboration map', { timeout: 120_000 }, () => {
  it('draws the collaboration graph on the canvas', async () => {
    await page.goto(app.url);
    await mapReady(page);
    const [nodes, edges] = await Promise.all([cy<number>(page, 'cy.nodes().length'), cy<number>(page, 'cy.edges().length')]);
    expect(nodes).toBeGreaterThan(20);
    expect(edges).toBeGreaterThan(20);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /aktører, \d+ samarbeidslenker/ }).count()).toBe(1);
    // The canvas really has pixels on it.
    const painted = await page.evaluate(() => [...document.querySelectorAll('[data-testid="collaboration-map"] canvas')].some((c) => {
      const canvas = c as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.width) return false;
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
      return false;
    }));
    expect(painted).toBe(true);
  }, 120_000); // the first page of a cold server on a loaded machine

  it('finds "IMDi Øst", focuses and highlights it, and shows its networks and collaborators', async () => {
    const search = page.getByRole('combobox', { name: /Søk etter aktør/ });
    await search.fill('imdi ost');
    await page.getByRole('option', { name: /^IMDi Øst\b/ }).first().click();
    await expect.poll(() => query(page).get('focus')).toBe('actor:imdi-ost');
    await page.waitForFunction(() => (window as any).__cy.getElementById('actor:imdi-ost').hasClass('focused'));
    const panel = page.getByTestId('actor-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('IMDi Øst');
    // Which networks it sits in...
    await panel.getByTestId('panel-memberships').waitFor();
    const networks = await panel.getByTestId('panel-memberships').getByRole('link').allTextContents();
    expect(networks).toContain('Østlandsnettverket');
    // ...and who it works with: its neighbours stay visible, everyone else fades.
    const neighbours = await cy<number>(page, "cy.getElementById('actor:imdi-ost').neighborhood('node').length");
    expect(neighbours).toBeGreaterThan(3);
    expect(await cy<number>(page, "cy.getElementById('actor:imdi-ost').neighborhood('node').filter('.faded').length")).toBe(0);
    expect(await cy<number>(page, "cy.nodes('.faded').length")).toBeGreaterThan(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shot(page, 'map', { docs: true });
  });

  it('opens the panel of the node that is clicked on the canvas', async () => {
    // Click the focused node where it is drawn (centre of its rendered box).
    await page.getByRole('button', { name: 'Lukk panelet' }).click();
    await expect.poll(() => query(page).get('focus')).toBeNull();
    const target = await cy<{ x: number; y: number }>(page, "(() => { const n = cy.getElementById('actor:imdi-ost'); cy.zoom(2); cy.center(n); const b = n.renderedBoundingBox({ includeLabels: false }); return { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 }; })()");
    const box = (await page.getByTestId('collaboration-map').boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await expect.poll(() => query(page).get('focus')).toBe('actor:imdi-ost');
    await expect.poll(() => page.getByTestId('actor-panel').getByRole('heading', { level: 2 }).textContent()).toBe('IMDi Øst');
    await page.getByRole('button', { name: 'Vis alt' }).click();
  });

  it('explains an edge: why two actors are linked', async () => {
    const edgeId = await cy<string>(page, "cy.getElementById('actor:imdi-ost').connectedEdges().sort((a, b) => b.data('weight') - a.data('weight'))[0].id()");
    await cy(page, `(cy.getElementById(${JSON.stringify(edgeId)}).emit('tap'), null)`);
    const panel = page.getByTestId('edge-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/\d+ felles sammenhenger/);
    expect(await panel.getByRole('listitem').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Lukk panelet' }).click();
  });

  it('keeps filters in the URL, and they survive a reload', async () => {
    const before = await cy<number>(page, 'cy.nodes().length');
    await page.getByLabel('Tema').selectOption('theme:tvangsekteskap');
    await page.getByLabel('Minste antall felles sammenhenger').fill('2');
    await expect.poll(() => query(page).get('theme')).toBe('theme:tvangsekteskap');
    await expect.poll(() => query(page).get('minWeight')).toBe('2');
    await page.getByLabel('Kommune', { exact: true }).check();
    await expect.poll(() => query(page).get('kinds')).toBe('MUNICIPALITY');
    await page.getByLabel('Kommune', { exact: true }).uncheck();
    await expect.poll(() => query(page).get('kinds')).toBeNull();
    await page.getByLabel('Vis bare samarbeid som gjaldt i et bestemt år').check();
    await page.getByRole('slider', { name: 'Per dato' }).fill('2016');
    await expect.poll(() => query(page).get('asOf')).toBe('2016');
    await page.getByLabel('Vis bare samarbeid som gjaldt i et bestemt år').uncheck();
    await expect.poll(() => query(page).get('asOf')).toBeNull();
    await mapReady(page);
    await expect.poll(() => cy<number>(page, 'cy.nodes().length')).not.toBe(before);
    const filtered = await cy<number>(page, 'cy.nodes().length');
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(before);
    await page.reload();
    await mapReady(page);
    expect(await page.getByLabel('Tema').inputValue()).toBe('theme:tvangsekteskap');
    expect(await page.getByLabel('Minste antall felles sammenhenger').inputValue()).toBe('2');
    expect(await cy<number>(page, 'cy.nodes().length')).toBe(filtered);
    await shot(page, 'map-filtered');
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await expect.poll(() => query(page).get('theme')).toBeNull();
    await mapReady(page);
  });

  it('highlights the members of a network', async () => {
    await page.getByLabel('Uthev').selectOption('network:ostlandsnettverket');
    await expect.poll(() => query(page).get('highlight')).toBe('network:ostlandsnettverket');
    await page.waitForFunction(() => (window as any).__cy.nodes('.highlighted').length > 2);
    expect(await cy<boolean>(page, "cy.getElementById('actor:imdi-ost').hasClass('highlighted')")).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: /\d+ aktører uthevet/ }).count()).toBe(1);
    await shot(page, 'map-highlight');
    await page.getByLabel('Uthev').selectOption('');
    await expect.poll(() => cy<number>(page, "cy.nodes('.highlighted').length")).toBe(0);
  });

  it('expands an actor\'s collaborators into a filtered map', async () => {
    await page.goto(`${app.url}?kinds=REGIONAL_OFFICE&focus=actor:imdi-ost`);
    await mapReady(page);
    const before = await cy<number>(page, 'cy.nodes().length');
    await page.getByRole('button', { name: 'Vis samarbeidspartnere' }).click();
    await expect.poll(() => query(page).get('expand')).toBe('actor:imdi-ost');
    await expect.poll(() => cy<number>(page, 'cy.nodes().length'), { timeout: 15_000 }).toBeGreaterThan(before);
  });

  it('finds the shortest paths between two actors and highlights each hop', async () => {
    await page.goto(app.url);
    await mapReady(page);
    const finder = page.getByTestId('path-finder');
    await finder.getByRole('combobox', { name: 'Fra aktør' }).fill('IMDi Øst');
    await page.getByRole('option', { name: /^IMDi Øst\b/ }).first().click();
    await finder.getByRole('combobox', { name: 'Til aktør' }).fill('RVTS Sør');
    await page.getByRole('option', { name: /^RVTS Sør\b/ }).first().click();
    await finder.getByRole('button', { name: 'Finn vei' }).click();
    await expect.poll(() => query(page).get('to')).toBe('actor:rvts-sor');
    const results = finder.getByTestId('path-results');
    await results.waitFor();
    const first = results.locator(':scope > li').first();
    expect(await first.textContent()).toMatch(/Vei 1: \d+ steg/);
    expect(await first.locator('.steps > li').count()).toBeGreaterThan(0);
    await page.waitForFunction(() => (window as any).__cy.nodes('.path').length >= 2);
    const pathNodes = await cy<string[]>(page, "cy.nodes('.path').map((n) => n.id())");
    expect(pathNodes).toEqual(expect.arrayContaining(['actor:imdi-ost', 'actor:rvts-sor']));
    expect(await cy<number>(page, "cy.edges('.path').length")).toBeGreaterThan(0);
    await shot(page, 'map-path');
  });

  it('can be moved and zoomed with the keyboard', async () => {
    const map = page.getByTestId('collaboration-map');
    await map.focus();
    const before = await cy<{ x: number; y: number; zoom: number }>(page, '({ ...cy.pan(), zoom: cy.zoom() })');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('+');
    const after = await cy<{ x: number; y: number; zoom: number }>(page, '({ ...cy.pan(), zoom: cy.zoom() })');
    expect(after.zoom).toBeGreaterThan(before.zoom);
    expect(after.x).not.toBe(before.x);
  });

  it('offers the map as tables of actors and links', async () => {
    await page.getByRole('button', { name: 'Tabell', exact: true }).click();
    await expect.poll(() => query(page).get('view')).toBe('table');
    const table = page.getByTestId('map-table');
    const nodes = await cy<number>(page, 'cy.nodes().length');
    await expect.poll(() => table.locator('table').first().locator('tbody tr').count()).toBe(nodes);
    await table.getByRole('button', { name: 'IMDi Øst', exact: true }).click();
    await expect.poll(() => query(page).get('focus')).toBe('actor:imdi-ost');
    await page.getByRole('button', { name: 'Kart', exact: true }).click();
  });

  it('exports the view as PNG, SVG and PDF with a title, and its nodes and edges as CSV', async () => {
    await mapReady(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned bilde (PNG)' }).click()]);
    expect(png.suggestedFilename()).toBe('samkart-kart.png');
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(10_000);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    expect(svg.suggestedFilename()).toBe('samkart-kart.svg');
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns/);
    expect(svgText).toContain('<title>Samarbeidskart</title>');
    expect(svgText).toMatch(/Per dato: Alle · \d+ aktører/);
    expect((svgText.match(/<line /g) ?? []).length).toBeGreaterThan(20);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).click()]);
    expect(pdf.suggestedFilename()).toBe('samkart-kart.pdf');
    const pdfBytes = await readFile((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfBytes.length).toBeGreaterThan(10_000);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Aktører (CSV)' }).click()]);
    const text = (await readFile((await csv.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('id,name,kind,generic_role,degree,weighted_degree,betweenness,community,cut_vertex');
    expect(lines.length - 1).toBe(await cy<number>(page, 'cy.nodes().length'));
    const [edges] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lenker (CSV)' }).click()]);
    expect((await readFile((await edges.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('source,target,weight,contexts,context_ids');
  });

  it('switches to English and remembers it across a reload', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Collaboration map', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Collaboration map', level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: /Search for an actor/ }).count()).toBe(1);
    await shot(page, 'map-en');
    await page.getByRole('button', { name: 'Bytt til norsk' }).click();
    await page.getByRole('heading', { name: 'Samarbeidskart', level: 1 }).waitFor();
  });

  it('draws a graph of 5,000 elements from the server\'s layout with the cheap rendering profile', async () => {
    const { page: big, errors: bigErrors, close: closeBig } = await openPage(browser);
    const layoutFlags: boolean[] = [];
    await big.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (!String(body?.query).includes('query CollaborationGraph')) return route.continue();
      layoutFlags.push(!!body.variables?.layout);
      await route.fulfill({ json: { data: { collaborationGraph: { compact: encodeCompact(syntheticGraph(1700, 3300, !!body.variables?.layout)) } } } });
    });
    const started = Date.now();
    await big.goto(app.url);
    await mapReady(big);
    const elapsed = Date.now() - started;
    expect(layoutFlags).toEqual([false, true]);
    expect(await cy<number>(big, 'cy.elements().length')).toBe(5000);
    // Added in chunks across frames, none of them a long task.
    const chunks = await big.evaluate(() => (window as any).__mapChunks);
    expect(chunks.chunks).toBeGreaterThan(1);
    expect(chunks.added).toBe(5000);
    expect(chunks.longestChunkMs).toBeLessThan(200);
    // Positions are the server's, not a client layout.
    expect(await cy<{ x: number; y: number }>(big, "cy.getElementById('actor:n1').position()")).toEqual({ x: 90, y: 0 });
    // Rendering profile for large graphs.
    const options = await cy<Record<string, unknown>>(big, '(() => { const r = cy.renderer(); return { hideEdges: r.hideEdgesOnViewport, texture: r.textureOnViewport, pixelRatio: cy.renderer().getPixelRatio?.() }; })()');
    expect(options.hideEdges).toBe(true);
    expect(options.texture).toBe(true);
    // Panning stays responsive: count animation frames while the mouse drags the view for about a second.
    await big.evaluate(() => {
      const w = window as any;
      w.__frames = 0;
      w.__counting = true;
      const step = () => { w.__frames++; if (w.__counting) requestAnimationFrame(step); };
      requestAnimationFrame(step);
      w.__t0 = performance.now();
    });
    const box = (await big.getByTestId('collaboration-map').boundingBox())!;
    await big.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await big.mouse.down();
    for (let i = 0; i < 40; i++) await big.mouse.move(box.x + box.width / 2 + i * 6, box.y + box.height / 2 + i * 3, { steps: 2 });
    await big.mouse.up();
    const fps = await big.evaluate(() => { const w = window as any; w.__counting = false; return w.__frames / ((performance.now() - w.__t0) / 1000); });
    console.info(`5,000 elements: ready in ${elapsed} ms, ${fps.toFixed(1)} frames/s while panning`);
    expect(fps).toBeGreaterThan(2);
    await shot(big, 'map-5000');
    expect(bigErrors).toEqual([]);
    await closeBig();
  });

  it('has no serious or critical accessibility violations', async () => {
    await page.goto(`${app.url}?focus=actor:imdi-ost`);
    await mapReady(page);
    await page.getByTestId('actor-panel').getByTestId('panel-memberships').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
