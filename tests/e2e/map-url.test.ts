/**
 * The map's URL: the selected node and edge live in it, every exploration step is a history entry
 * (Back and Forward walk through them and stay on the map), bad or unknown values in a link get a
 * visible message, and the highlight count matches what is on the map.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { mapReady, type MapSession, shot, startMapSession } from './browser.js';

let app: Samkart;
let browser: Browser;
let page: Page;
let errors: string[];
let session: MapSession | undefined;

beforeAll(async () => { session = await startMapSession(); ({ app, browser, page, errors } = session); });
afterAll(async () => { await session?.stop(); });

const cy = <T>(p: Page, fn: string) => p.evaluate(`(() => { const cy = window.__cy; return ${fn}; })()`) as Promise<T>;
const query = (p: Page) => new URL(p.url()).searchParams;

describe('the map URL and history', { timeout: 120_000 }, () => {
  it('keeps the focus when an edge is selected, and both survive a reload', async () => {
    await page.goto(`${app.url}?focus=actor:imdi-ost`);
    await mapReady(page);
    const edgeId = await cy<string>(page, "cy.getElementById('actor:imdi-ost').connectedEdges()[0].id()");
    await cy(page, `(cy.getElementById(${JSON.stringify(edgeId)}).emit('tap'), null)`);
    await expect.poll(() => query(page).get('edge')).toBe(edgeId);
    expect(query(page).get('focus')).toBe('actor:imdi-ost');
    expect(new URL(page.url()).search).toContain(`edge=${edgeId}`); // readable, not escaped
    await page.getByTestId('edge-panel').waitFor();
    await page.reload();
    await mapReady(page);
    await page.getByTestId('edge-panel').waitFor();
    expect(await cy<boolean>(page, `cy.getElementById(${JSON.stringify(edgeId)}).selected()`)).toBe(true);
    await page.getByTestId('edge-panel').getByRole('button', { name: 'Lukk panelet' }).click();
    await expect.poll(() => query(page).get('edge')).toBeNull();
    expect(query(page).get('focus')).toBe('actor:imdi-ost');
  }, 120_000); // the first page of a cold server on a loaded machine

  it('makes each exploration step a history entry that Back and Forward walk through', async () => {
    await page.goto(app.url);
    await mapReady(page);
    const region = await page.locator('#f-region option').nth(1).getAttribute('value');
    await page.locator('#f-region').selectOption(region!);
    await expect.poll(() => query(page).get('region')).toBe(region);
    await mapReady(page);
    const actor = await cy<string>(page, 'cy.nodes()[0].id()');
    await cy(page, `(cy.getElementById(${JSON.stringify(actor)}).emit('tap'), null)`);
    await expect.poll(() => query(page).get('focus')).toBe(actor);
    // Dragging the year slider is one step, not one per year.
    await page.getByLabel('Vis bare samarbeid som gjaldt i et bestemt år').check();
    for (const year of ['2012', '2013', '2014']) await page.getByRole('slider', { name: 'Per dato' }).fill(year);
    await expect.poll(() => query(page).get('asOf')).toBe('2014');

    await page.goBack();
    await expect.poll(() => query(page).get('asOf')).toBeNull();
    expect(query(page).get('focus')).toBe(actor);
    await page.goBack();
    await expect.poll(() => query(page).get('focus')).toBeNull();
    expect(query(page).get('region')).toBe(region);
    await page.goBack();
    await expect.poll(() => query(page).get('region')).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/');
    await mapReady(page);
    expect(await page.locator('#f-region').inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => query(page).get('region')).toBe(region);
    await mapReady(page);
    expect(await page.locator('#f-region').inputValue()).toBe(region);
  });

  it('says so when a link names an actor or region that does not exist, or has a bad date or weight', async () => {
    await page.goto(`${app.url}?focus=actor:does-not-exist-test`);
    await mapReady(page);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Fant ingen aktør med id «actor:does-not-exist-test»' }).count()).toBe(1);
    expect(await page.getByText('er ikke med i kartet').count()).toBe(0);

    await page.goto(`${app.url}?region=region:nowhere-test`);
    const problems = page.getByTestId('map-problems');
    await expect.poll(() => problems.textContent()).toContain('Fant ikke region «region:nowhere-test»');
    await problems.getByRole('button', { name: 'Fjern filteret' }).click();
    await expect.poll(() => query(page).get('region')).toBeNull();
    await mapReady(page);

    await page.goto(`${app.url}?asOf=2016-13&minWeight=abc`);
    await mapReady(page);
    const text = await problems.textContent();
    expect(text).toContain('«asOf»: «2016-13»');
    expect(text).toContain('«minWeight»: «abc»');
    await shot(page, 'map-bad-link');
  });

  it('counts the highlighted actors that are on the map', async () => {
    await page.goto(`${app.url}?minWeight=3&highlight=network:ostlandsnettverket`);
    await mapReady(page);
    await page.waitForFunction(() => (window as any).__cy.nodes('.highlighted').length > 0);
    const onMap = await cy<number>(page, "cy.nodes('.highlighted').length");
    const status = page.getByRole('status').filter({ hasText: /uthevet/ });
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${onMap} (av \\d+ aktører uthevet er med i kartet|aktører uthevet)$`));
    expect(errors).toEqual([]);
  });
});
