/**
 * The map's layout stays spread in two dimensions through every interaction that re-lays it out:
 * region changes, back to "Alle", expanding a neighbourhood, minimum weight, the as-of slider and a
 * fresh load with focus and expand in the URL. Regression test for the collapse into a diagonal
 * line (x/y correlation 1.000): the layout worker dropped the starting positions, so every
 * incremental layout began with all nodes on one point, which fcose separates along the diagonal.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { ARTEFACTS, mapReady, type MapSession, shot, startMapSession } from './browser.js';

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

interface GroupLabelCheck { groups: string[]; labels: { group: string; text: string; fontPx: number; truncated: boolean }[]; onActors: string[]; onLabels: string[]; outside: string[] }

/**
 * The names drawn above the groups of a grouped layout, as the user sees them: which groups have
 * one, the text, its size on screen, whether it is cut, and which names cover an actor (its node
 * box on screen), another name, or lie outside the map.
 */
async function groupLabels(p: Page): Promise<GroupLabelCheck> {
  return p.evaluate(() => {
    const cy = (window as any).__cy;
    const origin = document.querySelector('.map-group-labels')?.getBoundingClientRect() ?? { left: 0, top: 0 };
    const groups = [...new Set<string>(cy.nodes().map((n: any) => String(n.data('group'))))].sort();
    const els = [...document.querySelectorAll<HTMLElement>('[data-testid="group-label"]')];
    const boxes = els.map((el) => {
      // The box of the text itself (its line, centred in the element), cut to the element's box.
      const r = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const t = range.getBoundingClientRect();
      return { x1: Math.max(t.left, r.left) - origin.left, x2: Math.min(t.right, r.right) - origin.left, y1: r.top - origin.top, y2: r.bottom - origin.top };
    });
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const actors = cy.nodes(':visible').map((n: any) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: false }) }));
    const onActors: string[] = [], onLabels: string[] = [], outside: string[] = [];
    els.forEach((el, i) => {
      const b = boxes[i];
      for (const a of actors) if (hit(b, a)) onActors.push(`${el.textContent} on ${a.id}`);
      boxes.forEach((o, j) => { if (j !== i && hit(b, o)) onLabels.push(`${el.textContent} on ${els[j].textContent}`); });
      if (b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height()) outside.push(String(el.textContent));
    });
    return {
      groups,
      labels: els.map((el) => ({
        group: el.dataset.group ?? '', text: el.textContent ?? '', truncated: el.scrollWidth > el.clientWidth + 1,
        fontPx: parseFloat(getComputedStyle(el).fontSize) * cy.zoom(),
      })),
      onActors, onLabels, outside,
    };
  });
}

/** Every group of a grouped layout is named above its cluster, readable, not cut, covering no actor and no other name. */
async function expectGroupLabels(p: Page, step: string, expectedNames: string[]) {
  await mapReady(p);
  const g = await groupLabels(p);
  expect(g.labels.map((l) => l.group).sort(), `${step}: a name for every group`).toEqual(g.groups);
  const texts = g.labels.map((l) => l.text);
  for (const name of expectedNames) expect(texts, `${step}: group names`).toContain(name);
  for (const l of g.labels) {
    expect(l.text, `${step}: the name of ${l.group}, not its id`).not.toMatch(/^$|^[a-z]+:/);
    expect.soft(l.fontPx, `${step}: on-screen size of "${l.text}"`).toBeGreaterThanOrEqual(10);
    expect.soft(l.truncated, `${step}: "${l.text}" is cut`).toBe(false);
  }
  expect.soft(g.onActors, `${step}: names covering actors`).toEqual([]);
  expect.soft(g.onLabels, `${step}: names covering names`).toEqual([]);
  expect.soft(g.outside, `${step}: names outside the map`).toEqual([]);
  return g;
}

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
      if (param === 'kind') await expectGroupLabels(page, 'layout-kind', ['Politi', 'Kommune og bydel', 'Departement og direktorat']);
      if (param === 'region') {
        const g = await expectGroupLabels(page, 'layout-region', ['Uten region']);
        // Region groups are named after their regions, as in the region filter's list.
        const regionNames = await page.locator('#f-region option').evaluateAll((os) => os.map((o) => (o.textContent ?? '').trim()));
        for (const l of g.labels.filter((x) => x.group !== 'none')) expect(regionNames, 'region group names').toContain(l.text);
      }
      if (param === 'concentric') await expect.poll(() => page.getByTestId('group-label').count()).toBe(0);
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
    await expectGroupLabels(page, 'layout-region-again', ['Uten region']);
    // The exports carry the group names too: in the SVG as text, in the PNG drawn in.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toContain('<g class="groups"');
    expect(svgText).toContain('>Uten region</text>');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned bilde (PNG)' }).click()]);
    expect((await readFile((await png.path())!)).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    await png.saveAs(path.join(ARTEFACTS, 'export-layout-region.png')); // to look at
    await shot(page, 'map-layout-region', { docs: true });
    await layout('etter samarbeid (kraftbasert)').check();
    await expect.poll(() => query(page).get('layout')).toBeNull();
    await expectSpread(page, 'layout-force-again');
    await expect.poll(() => page.getByTestId('group-label').count()).toBe(0);
    await page.goBack(); // the layout is a history step too
    await expect.poll(() => query(page).get('layout')).toBe('region');
    await expectSpread(page, 'layout-back');
    expect(errors).toEqual([]);
  }, 240_000);
});
