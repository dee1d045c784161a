/**
 * The map gets the screen and reads at a glance: full width with collapsible filters, the search
 * box a few Tab presses away, a legend that filters on click and names communities, hover
 * tooltips, labels that do not overlap, and a phone layout with the map and the selected actor first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { mapReady, type MapSession, openPage, shot, startMapSession } from './browser.js';

let app: Samkart;
let browser: Browser;
let page: Page;
let errors: string[];
let session: MapSession | undefined;

beforeAll(async () => { session = await startMapSession(); ({ app, browser, page, errors } = session); });
afterAll(async () => { await session?.stop(); });

const cy = <T>(p: Page, fn: string) => p.evaluate(`(() => { const cy = window.__cy; return ${fn}; })()`) as Promise<T>;
const query = (p: Page) => new URL(p.url()).searchParams;

describe('the map layout on the page', { timeout: 120_000 }, () => {
  it('reaches the search box in a few Tab presses and gives the map the width when filters are hidden', async () => {
    await page.goto(app.url);
    await mapReady(page);
    let presses = 0;
    while (presses < 15) {
      await page.keyboard.press('Tab');
      presses++;
      if (await page.evaluate(() => document.activeElement?.id === 'map-search')) break;
    }
    expect(presses).toBeLessThanOrEqual(10);
    const map = page.getByTestId('collaboration-map');
    const before = (await map.boundingBox())!.width;
    await page.getByRole('button', { name: 'Skjul filtre' }).click();
    await expect.poll(async () => (await map.boundingBox())!.width).toBeGreaterThan(before + 200);
    expect((await map.boundingBox())!.width).toBeGreaterThan(1300);
    await page.getByRole('button', { name: 'Vis filtre' }).click();
  }, 120_000);

  it('filters by clicking the legend, and names communities after what they are', async () => {
    await page.goto(app.url);
    await mapReady(page);
    const legend = page.getByTestId('legend-entries');
    const municipal = legend.getByRole('button', { name: /Kommune og bydel/ });
    const count = Number(await municipal.locator('.legend-count').textContent());
    expect(count).toBeGreaterThan(0);
    const visible = await cy<number>(page, "cy.nodes(':visible').length");
    await municipal.click();
    await expect.poll(() => query(page).get('off')).toBe('kind:municipal');
    expect(await municipal.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => cy<number>(page, "cy.nodes(':visible').length")).toBe(visible - count);
    await municipal.click();
    await expect.poll(() => cy<number>(page, "cy.nodes(':visible').length")).toBe(visible);

    await page.getByRole('radio', { name: 'klynge' }).check();
    const names = await legend.locator('.legend-label').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n).toMatch(/ og \d+ andre$/);
    expect(names.join(' ')).not.toMatch(/Klynge \d/);
    await shot(page, 'map-legend-communities');
  });

  it('shows a tooltip on hover', async () => {
    await page.goto(`${app.url}?focus=actor:imdi-ost`);
    await mapReady(page);
    const pos = await cy<{ x: number; y: number }>(page, "cy.getElementById('actor:imdi-ost').renderedPosition()");
    const box = (await page.getByTestId('collaboration-map').boundingBox())!;
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    const tip = page.getByTestId('map-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^IMDi Øst.*\d+ samarbeidspartnere/);
  });

  it('draws labels without overlaps', async () => {
    await page.goto(app.url);
    await mapReady(page);
    // Labels are thinned once the layout has placed the nodes; whether any needs hiding depends on
    // where the layout put them, so wait for the outcome rather than for a hidden label.
    const measure = () => page.evaluate(() => {
      const c = (window as any).__cy;
      const boxes = c.nodes(':visible').filter((n: any) => n.style('label') && n.style('display') !== 'none' && Number(n.style('opacity')) > 0.5)
        .map((n: any) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))
        .filter((b: any) => b.w > 0);
      let count = 0;
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (w > 4 && h > 4) count++;
      }
      return { count, labels: boxes.length };
    });
    await expect.poll(async () => { const o = await measure(); return o.labels > 8 && o.count <= 2; }, { timeout: 60_000 }).toBe(true);
    const overlaps = await measure();
    expect(overlaps.labels).toBeGreaterThan(8);
    expect(overlaps.count).toBeLessThanOrEqual(2);
    await shot(page, 'map-labels');
  });

  it('compares two dates: what appeared and what ended', async () => {
    await page.goto(`${app.url}?asOf=2020&compare=2012`);
    await mapReady(page);
    const change = page.getByTestId('map-change');
    await change.waitFor();
    const [, appeared, ended] = /^(\d+) nye og (\d+) avsluttede samarbeidslenker fra 2012 til 2020$/.exec((await change.textContent())!)!.map(Number);
    expect(appeared + ended).toBeGreaterThan(0);
    await page.waitForFunction(() => (window as any).__cy.edges('.appeared, .ended').length > 0);
    expect(await cy<number>(page, "cy.edges('.appeared').length")).toBe(appeared);
    expect(await cy<number>(page, "cy.edges('.ended').length")).toBe(ended);
    await shot(page, 'map-compare');
  });

  it('hides an actor and pins another in place through re-layouts', async () => {
    await page.goto(`${app.url}?focus=actor:imdi-ost`);
    await mapReady(page);
    const panel = page.getByTestId('actor-panel');
    await panel.getByRole('button', { name: 'Fest på plassen' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Løsne' }).getAttribute('aria-pressed')).toBe('true');
    const at = await cy<{ x: number; y: number }>(page, "cy.getElementById('actor:imdi-ost').position()");
    await page.getByLabel('Minste antall felles sammenhenger').fill('2');
    await expect.poll(() => query(page).get('minWeight')).toBe('2');
    await mapReady(page);
    await page.getByLabel('Minste antall felles sammenhenger').fill('1');
    await expect.poll(() => query(page).get('minWeight')).toBeNull();
    await mapReady(page);
    const after = await cy<{ x: number; y: number }>(page, "cy.getElementById('actor:imdi-ost').position()");
    expect(Math.hypot(after.x - at.x, after.y - at.y)).toBeLessThan(1);

    await panel.getByRole('button', { name: 'Skjul fra kartet' }).click();
    await expect.poll(() => query(page).get('hide')).toBe('actor:imdi-ost');
    expect(query(page).get('focus')).toBeNull();
    await expect.poll(() => cy<boolean>(page, "cy.getElementById('actor:imdi-ost').visible()")).toBe(false);
    await page.getByRole('button', { name: 'Vis skjulte' }).click();
    await expect.poll(() => cy<boolean>(page, "cy.getElementById('actor:imdi-ost').visible()")).toBe(true);
  });

  it('puts the map and the selected actor first on a phone', async () => {
    const phone = await openPage(browser, { width: 390, height: 844 });
    await phone.page.goto(`${app.url}?focus=actor:imdi-ost`);
    await mapReady(phone.page);
    await phone.page.getByTestId('actor-panel').getByRole('heading', { level: 2 }).waitFor();
    const mapTop = (await phone.page.getByTestId('collaboration-map').boundingBox())!.y;
    const panelTop = (await phone.page.getByTestId('actor-panel').boundingBox())!.y;
    const filtersTop = (await phone.page.locator('#filters-heading').boundingBox())!.y;
    expect(mapTop).toBeLessThan(420);
    expect(panelTop).toBeLessThan(1000);
    expect(panelTop).toBeLessThan(filtersTop);
    await shot(phone.page, 'map-phone');
    expect(phone.errors).toEqual([]);
    await phone.close();
    expect(errors).toEqual([]);
  });
});
