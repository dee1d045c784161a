/**
 * The map's layout stays spread in two dimensions through every interaction that re-lays it out:
 * region changes, back to "Alle", expanding a neighbourhood, minimum weight, the as-of slider and a
 * fresh load with focus and expand in the URL. Regression test for the collapse into a diagonal
 * line (x/y correlation 1.000): the layout worker dropped the starting positions, so every
 * incremental layout began with all nodes on one point, which fcose separates along the diagonal.
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

interface Spread { n: number; corr: number; axisRatio: number; overlapping: number }

/**
 * How the nodes on the canvas are spread: |correlation| of x and y, the ratio of the short to the
 * long principal axis (0 for points on any straight line), and the share of nodes whose box
 * overlaps another node's box by more than half.
 */
async function spread(p: Page): Promise<Spread> {
  return p.evaluate(() => {
    const cy = (window as any).__cy;
    const nodes = cy.nodes(':visible');
    const ps = nodes.map((n: any) => ({ ...n.position(), r: n.width() / 2 }));
    const n = ps.length;
    const mx = ps.reduce((s: number, q: any) => s + q.x, 0) / n;
    const my = ps.reduce((s: number, q: any) => s + q.y, 0) / n;
    let sxx = 0, syy = 0, sxy = 0;
    for (const q of ps) { sxx += (q.x - mx) ** 2; syy += (q.y - my) ** 2; sxy += (q.x - mx) * (q.y - my); }
    const corr = sxx && syy ? Math.abs(sxy / Math.sqrt(sxx * syy)) : 1;
    const tr = sxx + syy, det = sxx * syy - sxy * sxy;
    const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
    const big = tr / 2 + disc, small = Math.max(0, tr / 2 - disc);
    const axisRatio = big > 0 ? Math.sqrt(small / big) : 0;
    let overlapping = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i !== j && Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y) < (ps[i].r + ps[j].r) / 2) { overlapping++; break; }
      }
    }
    return { n, corr, axisRatio, overlapping: n ? overlapping / n : 0 };
  });
}

/** Asserts the map is ready and spread out (graphs of fewer than 6 nodes can be legitimately linear). */
async function expectSpread(p: Page, step: string) {
  await mapReady(p);
  const s = await spread(p);
  await shot(p, `layout-${step}`);
  if (s.n < 6) return s;
  expect.soft(s.corr, `${step}: |corr(x, y)| of ${s.n} nodes`).toBeLessThan(0.9);
  expect.soft(s.axisRatio, `${step}: short/long axis of ${s.n} nodes`).toBeGreaterThan(0.15);
  expect.soft(s.overlapping, `${step}: share of overlapping nodes`).toBeLessThan(0.1);
  return s;
}

const query = (p: Page) => new URL(p.url()).searchParams;

describe('the map layout never collapses', { timeout: 120_000 }, () => {
  it('stays spread through region changes and back to "Alle"', async () => {
    await page.goto(app.url);
    await expectSpread(page, 'start');
    // The region list comes with its own query, which may answer after the map is drawn.
    const regionOptions = () => page.locator('#f-region option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await expect.poll(async () => (await regionOptions()).length, { timeout: 60_000 }).toBeGreaterThan(3);
    const regions = await regionOptions();
    // The regions with the most actors on the map, several in a row without going back in between.
    for (const region of regions.slice(0, 8)) {
      await page.locator('#f-region').selectOption(region);
      await expect.poll(() => query(page).get('region')).toBe(region);
      await expectSpread(page, `region-${region.replace(/\W/g, '-')}`);
    }
    await page.locator('#f-region').selectOption('');
    await expect.poll(() => query(page).get('region')).toBeNull();
    await expectSpread(page, 'region-all');
  }, 180_000);

  it('stays spread after expanding, minimum weight and the as-of slider', async () => {
    await page.goto(`${app.url}?focus=actor:imdi-ost`);
    await expectSpread(page, 'focus');
    await page.getByRole('button', { name: 'Vis samarbeidspartnere' }).click();
    await expect.poll(() => query(page).get('expand')).toBe('actor:imdi-ost');
    await expectSpread(page, 'expand');
    for (const w of ['2', '3', '1']) {
      await page.getByLabel('Minste antall felles sammenhenger').fill(w);
      await expect.poll(() => query(page).get('minWeight') ?? '1').toBe(w);
      await expectSpread(page, `minweight-${w}`);
    }
    await page.getByLabel('Vis bare samarbeid som gjaldt i et bestemt år').check();
    for (const year of ['2012', '2016', '2020']) {
      await page.getByRole('slider', { name: 'Per dato' }).fill(year);
      await expect.poll(() => query(page).get('asOf')).toBe(year);
      await expectSpread(page, `asof-${year}`);
    }
    await page.getByLabel('Vis bare samarbeid som gjaldt i et bestemt år').uncheck();
    await expect.poll(() => query(page).get('asOf')).toBeNull();
    await expectSpread(page, 'asof-off');
  }, 180_000);

  it('is spread on a fresh load with focus and expand in the URL, every time', async () => {
    for (let i = 0; i < 3; i++) {
      await page.goto(`${app.url}?focus=actor:imdi-ost&expand=actor:imdi-ost`);
      await page.waitForFunction(() => (window as any).__cy?.getElementById('actor:imdi-ost').nonempty());
      await expectSpread(page, `fresh-expand-${i}`);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('stays spread in the grouped and concentric layouts, through filters, and back to the force layout', async () => {
    await page.goto(app.url);
    await expectSpread(page, 'before-layouts');
    const layout = (name: string) => page.locator('#map-side').getByRole('group', { name: 'Oppsett' }).getByRole('radio', { name });
    for (const [name, param] of [['gruppert etter region', 'region'], ['gruppert etter aktørtype', 'kind'], ['ringer etter brobygging', 'concentric']] as const) {
      await layout(name).check();
      await expect.poll(() => query(page).get('layout')).toBe(param);
      await expectSpread(page, `layout-${param}`);
      // A filter changes the actors; the arrangement is computed again, still spread.
      await page.getByLabel('Minste antall felles sammenhenger').fill('2');
      await expect.poll(() => query(page).get('minWeight')).toBe('2');
      await expectSpread(page, `layout-${param}-minweight-2`);
      await page.getByLabel('Minste antall felles sammenhenger').fill('1');
      await expect.poll(() => query(page).get('minWeight')).toBeNull();
      await expectSpread(page, `layout-${param}-minweight-1`);
    }
    await shot(page, 'map-layout-concentric', { docs: true });
    await layout('gruppert etter region').check();
    await expect.poll(() => query(page).get('layout')).toBe('region');
    await expectSpread(page, 'layout-region-again');
    await shot(page, 'map-layout-region');
    await layout('etter samarbeid (kraftbasert)').check();
    await expect.poll(() => query(page).get('layout')).toBeNull();
    await expectSpread(page, 'layout-force-again');
    await page.goBack(); // the layout is a history step too
    await expect.poll(() => query(page).get('layout')).toBe('region');
    await expectSpread(page, 'layout-back');
    expect(errors).toEqual([]);
  }, 240_000);
});
