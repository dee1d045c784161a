/**
 * Saved views in the browser: an editor saves "Agder, forced marriage, 2016" and a colleague who
 * is not signed in opens its link and sees exactly that view (filters, colouring, selection and
 * the same positions).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';
import { launch, mapReady, openPage, shot } from './browser.js';

const EDITOR = 'editor-token-for-map-views-e2e-0123456789';
let app: Samkart;
let browser: Browser;
const made: string[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer({ SAMKART_API_TOKENS: `ed-test:editor:${EDITOR}` }), launch()]);
  // The first collaboration graph of a cold server (metrics, communities) can take long on a loaded machine.
  await gql(app, '{ collaborationGraph { communityCount } }');
});
afterAll(async () => {
  for (const id of made) await gql(app, 'mutation($id: ID!) { deleteView(id: $id) }', { id }, { authorization: `Bearer ${EDITOR}` });
  await browser?.close();
  await app?.stop();
});

describe('saved views', { timeout: 120_000 }, () => {
  it('are saved by an editor and opened exactly by a colleague with the link', async () => {
    const editor = await openPage(browser);
    await editor.page.addInitScript((token) => localStorage.setItem('samkart.token', token), EDITOR);
    const regions = await gql(app, '{ regions { id name } themes { id name } }');
    const agder = regions.body.data!.regions.find((r: { name: string }) => /Agder/.test(r.name))?.id ?? regions.body.data!.regions[0].id;
    const state = `region=${agder}&theme=theme:tvangsekteskap&asOf=2016&color=community`;
    await editor.page.goto(`${app.url}?${state}`);
    await mapReady(editor.page);
    const views = editor.page.getByTestId('saved-views');
    await views.getByLabel('Navn på visningen').fill('Agder, tvangsekteskap, 2016 (test)');
    await views.getByLabel('Beskrivelse').fill('Til ny kollega');
    await views.getByRole('button', { name: 'Lagre visningen' }).click();
    const link = views.getByTestId('saved-view-link');
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/\?saved=view:agder-tvangsekteskap-2016-test-[0-9a-f]{6}$/);
    made.push(href.split('=')[1]);
    const positions = await editor.page.evaluate(() => Object.fromEntries((window as any).__cy.nodes().map((n: any) => [n.id(), n.position()])));
    await editor.close();

    const colleague = await openPage(browser);
    await colleague.page.goto(`${app.url}${href.slice(1)}`);
    await colleague.page.getByTestId('saved-view-title').getByRole('heading', { name: 'Agder, tvangsekteskap, 2016 (test)' }).waitFor();
    await expect.poll(() => new URL(colleague.page.url()).search).toBe(`?${state}&${href.slice(2)}`);
    await mapReady(colleague.page);
    const opened = await colleague.page.evaluate(() => Object.fromEntries((window as any).__cy.nodes().map((n: any) => [n.id(), n.position()])));
    expect(Object.keys(opened).sort()).toEqual(Object.keys(positions).sort());
    for (const [id, p] of Object.entries(positions as Record<string, { x: number; y: number }>)) {
      expect(Math.hypot(opened[id].x - p.x, opened[id].y - p.y), id).toBeLessThan(1);
    }
    expect(await colleague.page.locator('#f-theme').inputValue()).toBe('theme:tvangsekteskap');
    await shot(colleague.page, 'map-saved-view');
    // Not signed in: the colleague can open views but not save them.
    expect(await colleague.page.getByTestId('saved-views').getByRole('button', { name: 'Lagre visningen' }).count()).toBe(0);
    expect(colleague.errors).toEqual([]);
    await colleague.close();
  }, 180_000);

  it('style nodes by an attribute chosen in the UI (colour, size, shape), and a saved view keeps the styling', async () => {
    const editor = await openPage(browser);
    await editor.page.addInitScript((token) => localStorage.setItem('samkart.token', token), EDITOR);
    const { page } = editor;
    await page.goto(app.url);
    await mapReady(page);
    const colours = () => page.evaluate(() => new Set((window as any).__cy.nodes().map((n: any) => n.style('background-color'))).size);
    const shapes = () => page.evaluate(() => [...new Set((window as any).__cy.nodes().map((n: any) => n.style('shape')))].sort());
    const sizes = () => page.evaluate(() => new Set((window as any).__cy.nodes().map((n: any) => n.data('size'))).size);
    const side = page.locator('#map-side');
    await side.getByRole('group', { name: 'Farge etter' }).getByRole('radio', { name: 'region' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('color')).toBe('region');
    await expect.poll(colours).toBeGreaterThan(3);
    // The legend lists the regions, and switching one off hides its actors.
    const entries = page.getByTestId('legend-entries').getByRole('button');
    expect(await entries.count()).toBeGreaterThan(3);
    await side.getByRole('group', { name: 'Form etter' }).getByRole('radio', { name: 'nivå' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('shape')).toBe('level');
    await expect.poll(shapes).toEqual(expect.arrayContaining(['hexagon', 'triangle', 'star']));
    await side.getByRole('group', { name: 'Størrelse etter' }).getByRole('radio', { name: 'lik størrelse' }).check();
    await expect.poll(sizes).toBe(1);
    await side.getByRole('group', { name: 'Størrelse etter' }).getByRole('radio', { name: 'antall felles sammenhenger' }).check();
    await expect.poll(sizes).toBeGreaterThan(3);
    await side.getByRole('group', { name: 'Farge etter' }).getByRole('radio', { name: 'nivå' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('color')).toBe('level');
    await shot(page, 'map-styling', { docs: true });
    const style = { colours: await colours(), shapes: await shapes() };

    const views = page.getByTestId('saved-views');
    await views.getByLabel('Navn på visningen').fill('Nivåer (test)');
    await views.getByRole('button', { name: 'Lagre visningen' }).click();
    const link = views.getByTestId('saved-view-link');
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    made.push(href.split('=')[1]);
    await editor.close();

    const colleague = await openPage(browser);
    await colleague.page.goto(`${app.url}${href.slice(1)}`);
    await colleague.page.getByTestId('saved-view-title').getByRole('heading', { name: 'Nivåer (test)' }).waitFor();
    await expect.poll(() => new URL(colleague.page.url()).searchParams.get('shape'), { timeout: 30_000 }).toBe('level');
    expect(new URL(colleague.page.url()).searchParams.get('color')).toBe('level');
    expect(new URL(colleague.page.url()).searchParams.get('size')).toBe('weightedDegree');
    await mapReady(colleague.page);
    expect(await colleague.page.evaluate(() => new Set((window as any).__cy.nodes().map((n: any) => n.style('background-color'))).size)).toBe(style.colours);
    expect(await colleague.page.evaluate(() => [...new Set((window as any).__cy.nodes().map((n: any) => n.style('shape')))].sort())).toEqual(style.shapes);
    expect(colleague.errors).toEqual([]);
    await colleague.close();
  }, 180_000);
});
