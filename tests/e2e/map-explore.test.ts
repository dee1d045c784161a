/**
 * Exploring like Bloom: a neighbourhood expanded to a chosen depth from the actor's panel, and
 * several actors selected together (Shift-click, a box drawn with Shift held) with actions on all
 * of them (hide, pin, show collaborators, highlight). Every step is a history entry.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapReady, type MapSession, shot, startMapSession } from './browser.js';

let session: MapSession | undefined;
beforeAll(async () => { session = await startMapSession(); });
afterAll(async () => { await session?.stop(); });

const cy = <T>(p: Page, fn: string) => p.evaluate(`(() => { const cy = window.__cy; return ${fn}; })()`) as Promise<T>;
const query = (p: Page) => new URL(p.url()).searchParams;
const list = (p: Page, param: string) => (query(p).get(param) ?? '').split(',').filter(Boolean);

describe('exploring the map', () => {
  it('expands a neighbourhood to a chosen depth from the actor panel; Back goes a step back', async () => {
    const { page, app, errors } = session!;
    await page.goto(`${app.url}?kinds=REGIONAL_OFFICE&focus=actor:imdi-ost`);
    await mapReady(page);
    const panel = page.getByTestId('actor-panel');
    const before = await cy<number>(page, 'cy.nodes().length');
    await panel.getByRole('button', { name: 'Vis samarbeidspartnere' }).click();
    await expect.poll(() => query(page).get('expand')).toBe('actor:imdi-ost');
    await mapReady(page); // the map is busy until the expansion is drawn
    const oneStep = await cy<number>(page, 'cy.nodes().length');
    expect(oneStep).toBeGreaterThan(before);
    await panel.getByLabel('Hvor mange ledd ut').selectOption('2');
    await panel.getByRole('button', { name: 'Vis samarbeidspartnere' }).click();
    await expect.poll(() => query(page).get('expand')).toBe('actor:imdi-ost@2');
    await mapReady(page);
    expect(await cy<number>(page, 'cy.nodes().length')).toBeGreaterThan(oneStep);
    await panel.getByText('Samarbeidspartnere 2 ledd ut er lagt til i kartet.').waitFor();
    await page.goBack();
    await expect.poll(() => query(page).get('expand')).toBe('actor:imdi-ost');
    await mapReady(page);
    expect(await cy<number>(page, 'cy.nodes().length')).toBe(oneStep);
    expect(errors).toEqual([]);
  });

  it('selects actors with a Shift-drawn box and Shift-click, and hides, highlights and expands them', async () => {
    const { page, app, errors } = session!;
    await page.goto(app.url);
    await mapReady(page);
    const box = (await page.getByTestId('collaboration-map').boundingBox())!;
    // A box over the map's top-left quarter, drawn from the empty margin with Shift held.
    const inBox = await cy<string[]>(page, `cy.nodes().filter((n) => { const p = n.renderedPosition(); return p.x > 12 && p.y > 12 && p.x < cy.width() / 2 && p.y < cy.height() / 2; }).map((n) => n.id())`);
    expect(inBox.length).toBeGreaterThan(0);
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 4, box.y + box.height / 4, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => list(page, 'sel').length).toBeGreaterThan(0);
    const boxed = list(page, 'sel');
    expect(boxed.every((id) => inBox.includes(id))).toBe(true);
    expect(await cy<number>(page, 'cy.nodes(".picked").length')).toBe(boxed.length);

    // Shift-click the most isolated actor in the bottom-right quarter: it joins the selection.
    // Only actors inside the browser window count: the map runs below the fold at 1400×900, and
    // a click there hits nothing.
    const lone = await cy<{ id: string; x: number; y: number }>(page, `(() => {
      const top = cy.container().getBoundingClientRect().top;
      const bottom = Math.min(cy.height(), window.innerHeight - top) - 20;
      const ns = cy.nodes().filter((n) => { const p = n.renderedPosition(); return p.x > cy.width() / 2 + 20 && p.y > cy.height() / 2 + 20 && p.x < cy.width() - 20 && p.y < bottom; });
      let best = null, bestD = -1;
      ns.forEach((n) => { const p = n.renderedPosition(); let d = Infinity;
        cy.nodes().forEach((m) => { if (m !== n) { const q = m.renderedPosition(); d = Math.min(d, Math.hypot(p.x - q.x, p.y - q.y)); } });
        if (d > bestD) { bestD = d; best = { id: n.id(), ...p }; } });
      return best; })()`);
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + lone.x, box.y + lone.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => list(page, 'sel')).toContain(lone.id);
    const selected = list(page, 'sel');
    expect(query(page).get('focus')).toBeNull(); // Shift-click selects, it does not focus
    const bar = page.getByTestId('map-selection');
    await bar.getByText(`${selected.length} valgt`).waitFor();
    await shot(page, 'map-selection', { docs: true });

    // Highlight: the selection stands out, the rest fades.
    await bar.getByRole('button', { name: 'Uthev' }).click();
    await expect.poll(() => list(page, 'mark').sort()).toEqual([...selected].sort());
    await expect.poll(() => cy<number>(page, 'cy.nodes(".highlighted").length')).toBe(selected.length);
    expect(await cy<number>(page, 'cy.nodes(".faded").length')).toBeGreaterThan(0);

    // Hide: gone from the map; Back brings them back with the selection.
    await bar.getByRole('button', { name: 'Skjul' }).click();
    await expect.poll(() => list(page, 'hide').sort()).toEqual([...selected].sort());
    expect(list(page, 'sel')).toEqual([]);
    await expect.poll(() => cy<number>(page, `cy.nodes('.off').length`)).toBe(selected.length);
    await page.goBack();
    await expect.poll(() => list(page, 'hide')).toEqual([]);
    await expect.poll(() => list(page, 'sel').sort()).toEqual([...selected].sort());
    await expect.poll(() => cy<number>(page, `cy.nodes('.off').length`)).toBe(0);

    // Pin keeps them in place; "show collaborators" expands every selected actor.
    await bar.getByRole('button', { name: 'Fest' }).click();
    await expect.poll(() => cy<number>(page, 'cy.nodes(".pinned").length')).toBe(selected.length);
    await bar.getByRole('button', { name: 'Vis samarbeidspartnere' }).click();
    await expect.poll(() => list(page, 'expand').sort()).toEqual([...selected].sort());
    await mapReady(page);
    // A plain click on the background clears the selection.
    await bar.getByRole('button', { name: 'Fjern utvalget' }).click();
    await expect.poll(() => list(page, 'sel')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
