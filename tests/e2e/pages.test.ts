/**
 * The explorer's other views in a real Chromium against the real server and database: the Moss
 * region plan and its sortable measures table, the gaps page and its way to the map, actor,
 * network, measure and statistics pages, editing with the API's validation at the field, the
 * "server is down" state, and an axe-core check of every page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';
import { launch, mapReady, openPage, seriousA11yViolations, shot } from './browser.js';

const EDITOR_TOKEN = 'e2e-editor-token-0123456789abcdef';

let app: Samkart;
let browser: Browser;
let page: Page;
let errors: string[];
let close: () => Promise<void>;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer({ SAMKART_API_TOKENS: `e2e:editor:${EDITOR_TOKEN}` }), launch()]);
  ({ page, errors, close } = await openPage(browser));
});
afterAll(async () => {
  await close?.();
  await browser?.close();
  await app?.stop();
});

const rowTitles = (p: Page) => p.getByTestId('measure-table').locator('tbody th[scope="row"]').allTextContents();
const a11y = async (p: Page) => expect(await seriousA11yViolations(p)).toEqual([]);

describe('the plan page', () => {
  it('shows the Moss region plan with its status summary and sorts its measures', async () => {
    await page.goto(new URL('plans/moss-vold-2017', app.url).href);
    await page.getByRole('heading', { level: 1, name: /Mosseregionen/ }).waitFor();
    const summary = page.locator('.summary-table');
    expect(await summary.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await summary.locator('tfoot').textContent()).toMatch(/\d+ tiltak i alt/);
    const table = page.getByTestId('measure-table');
    const count = await table.locator('tbody tr').count();
    expect(count).toBeGreaterThan(10);
    // Sort by title: ascending, then descending.
    const titleHeader = table.getByRole('columnheader', { name: 'Tiltak' });
    await titleHeader.getByRole('button').click();
    expect(await titleHeader.getAttribute('aria-sort')).toBe('ascending');
    const asc = await rowTitles(page);
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, 'nb')));
    await titleHeader.getByRole('button').click();
    expect(await titleHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await rowTitles(page)).toEqual([...asc].reverse());
    // Sort by status and filter to one status.
    await table.getByRole('columnheader', { name: 'Status' }).getByRole('button').click();
    await page.getByLabel('Status', { exact: true }).selectOption('NOT_DONE');
    const notDone = await table.locator('tbody tr').count();
    expect(notDone).toBeGreaterThan(0);
    expect(notDone).toBeLessThan(count);
    expect(await table.locator('tbody tr > td:nth-child(3) .status-not_done').count()).toBe(notDone);
    await page.getByLabel('Status', { exact: true }).selectOption('');
    // Which measures lack a clear owner is visible in the table itself...
    expect(await table.locator('.warn-tag').count()).toBeGreaterThan(0);
    // ...and each measure's status history opens in place.
    const history = table.locator('details').first();
    await history.locator('summary').click();
    expect(await history.locator('li').count()).toBeGreaterThan(0);
    await table.getByRole('columnheader', { name: 'Nr.' }).getByRole('button').click();
    await page.evaluate(() => window.scrollTo(0, 0)); // the README's picture shows the plan's head and status summary
    await shot(page, 'plan', { docs: true });
    await a11y(page);
  });

  it('lists the measures of the plan that lack a clear owner on its gaps page', async () => {
    await page.getByRole('link', { name: 'Se ansvarshull i denne planen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('plan')).toBe('plan:moss-vold-2017');
    await page.getByTestId('gap').first().waitFor();
    const unowned = page.getByTestId('gap-group-UNOWNED_MEASURE');
    const vague = page.getByTestId('gap-group-VAGUE_OWNER');
    expect((await unowned.getByTestId('gap').count()) + (await vague.getByTestId('gap').count())).toBeGreaterThan(0);
    expect(await vague.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Uklar eier \(\d+\)$/);
    expect(await vague.getByTestId('gap').first().textContent()).toMatch(/Tiltak/);
    await shot(page, 'gaps', { docs: true });
    await a11y(page);
  });
});

describe('the gaps page', () => {
  it('follows an actor gap to the map with the actor focused', async () => {
    await page.goto(new URL('gaps?kinds=OVERLOADED_ACTOR,SINGLE_POINT_OF_FAILURE', app.url).href);
    const group = page.getByTestId('gap-group-OVERLOADED_ACTOR');
    await group.waitFor();
    const subject = (await group.getByTestId('gap').first().locator('.gap-head strong').textContent())!;
    await group.getByTestId('gap').first().getByRole('link', { name: 'Vis i kartet' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    const focus = new URL(page.url()).searchParams.get('focus')!;
    expect(focus).toMatch(/^actor:/);
    await mapReady(page);
    await page.waitForFunction((id) => (window as any).__cy?.getElementById(id).hasClass('focused'), focus);
    await expect.poll(() => page.getByTestId('actor-panel').getByRole('heading', { level: 2 }).textContent()).toBe(subject);
  });
});

describe('actor, network and measure pages', () => {
  it('shows an actor with its networks, responsibilities and sources', async () => {
    await page.goto(new URL('actors/imdi-ost', app.url).href);
    await page.getByRole('heading', { level: 1, name: 'IMDi Øst' }).waitFor();
    const networks = page.locator('section[aria-labelledby="a-networks"]');
    expect(await networks.getByRole('link', { name: 'Østlandsnettverket', exact: true }).count()).toBe(1);
    expect(await page.locator('section.sources blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('section.sources cite').first().textContent()).not.toBe('');
    await shot(page, 'actor', { docs: true });
    await a11y(page);
  });

  it('opens a network with its members and roles, and a measure with its status history', async () => {
    await page.locator('section[aria-labelledby="a-networks"]').getByRole('link', { name: 'Østlandsnettverket', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Østlandsnettverket' }).waitFor();
    const members = page.locator('section[aria-labelledby="n-members"] tbody tr');
    expect(await members.count()).toBeGreaterThan(3);
    expect(await page.locator('section[aria-labelledby="n-members"]').textContent()).toContain('IMDi Øst');
    await a11y(page);
    await page.goto(new URL('measures/moss-vold-2017/6', app.url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('section[aria-labelledby="m-status"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="m-resp"]').textContent()).toMatch(/\S/);
    await a11y(page);
  });
});

describe('in English', () => {
  it('names themes in English on the plan, network and measure pages', async () => {
    await page.goto(app.url);
    await page.evaluate(() => localStorage.setItem('samkart.lang', 'en'));
    try {
      for (const path of ['plans/moss-vold-2017', 'networks/mosseregionen-nettverksmote', 'measures/moss-vold-2017/6']) {
        await page.goto(new URL(path, app.url).href);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const themeLines = await page.locator('main p.small').allTextContents();
        expect(themeLines.join(' | '), path).toContain('Domestic violence');
        expect(themeLines.join(' | '), path).not.toContain('Vold i nære relasjoner');
      }
    } finally {
      await page.evaluate(() => localStorage.removeItem('samkart.lang'));
    }
  });
});

describe('the statistics page', () => {
  it('draws accessible bar charts with a table alternative', async () => {
    await page.goto(new URL('indicators', app.url).href);
    await page.getByRole('heading', { level: 1, name: 'Statistikk' }).waitFor();
    await page.locator('svg.bar-chart').first().waitFor();
    const chart = page.locator('svg.bar-chart').first();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('title').first().textContent()).toMatch(/^Stolpediagram: /);
    expect(await chart.locator('rect[fill^="url(#"]').count()).toBeGreaterThan(1);
    const section = page.locator('.indicator-table', { has: page.locator('svg.bar-chart') }).first();
    await section.locator('details summary').click();
    expect(await section.locator('table tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'indicators', { fullPage: true });
    await a11y(page);
  });
});

describe('editing', () => {
  it('signs in with an API token and shows the API\'s validation at the field', async () => {
    await page.goto(new URL('edit', app.url).href);
    await page.getByRole('heading', { level: 1, name: 'Redigering' }).waitFor();
    expect(await page.getByText('Logg inn med en API-nøkkel for å redigere.').count()).toBe(1);
    await page.getByLabel('API-nøkkel').fill(EDITOR_TOKEN);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Innlogget som redaktør').first().waitFor();
    const form = page.locator('section.edit-form').filter({ has: page.getByRole('heading', { name: 'Ny aktør' }) });
    // Required fields are checked before anything is sent.
    await form.getByRole('button', { name: 'Lagre' }).click();
    expect(await form.locator('.field-error').count()).toBeGreaterThan(0);
    expect(await form.getByLabel(/^Navn/).getAttribute('aria-invalid')).toBe('true');
    // A name the API refuses: its message appears at the name field.
    await form.getByLabel(/^Navn/).fill('x'.repeat(260));
    await form.getByLabel(/^Type/).selectOption('NGO');
    await form.getByLabel(/^Kilde/).fill('e2e test');
    await form.getByRole('button', { name: 'Lagre' }).click();
    const nameError = form.locator(`#${await form.getByLabel(/^Navn/).getAttribute('aria-describedby')}`);
    await expect.poll(async () => (await form.getByLabel(/^Navn/).getAttribute('aria-describedby')) && nameError.textContent()).toMatch(/200/);
    await shot(page, 'edit');
    await a11y(page);
    // A valid actor is created.
    const name = `E2E-organisasjon ${Date.now()}`;
    await form.getByLabel(/^Navn/).fill(name);
    await form.getByRole('button', { name: 'Lagre' }).click();
    await form.getByRole('status').filter({ hasText: name }).waitFor();
    // Clean up what this test created, so other test files see the curated data only.
    const auth = { authorization: `Bearer ${EDITOR_TOKEN}` };
    const found = await gql(app, 'query($text: String!) { actors(filter: { text: $text }) { edges { node { id name } } } }', { text: name }, auth);
    const created = found.body.data?.actors.edges.map((e: { node: { id: string } }) => e.node.id) ?? [];
    expect(created).toHaveLength(1);
    const deleted = await gql(app, 'mutation($id: ID!) { deleteActor(id: $id) }', { id: created[0] }, auth);
    expect(deleted.body.errors).toBeUndefined();

    // A status recorded on a measure of a plan made for this test (deleted with its measures and statuses after).
    const stamp = Date.now();
    const plan = await gql(app, 'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { title: `E2E-plan ${stamp}`, kind: 'ACTION_PLAN', level: 'LOCAL', source: 'e2e test' } }, auth);
    expect(plan.body.errors).toBeUndefined();
    const planId: string = plan.body.data!.createPlan.id;
    try {
      const measureTitle = `E2E-tiltak ${stamp}`;
      const measure = await gql(app, 'mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }',
        { input: { plan: planId, number: '1', title: measureTitle, source: 'e2e test' } }, auth);
      expect(measure.body.errors).toBeUndefined();
      const measureId: string = measure.body.data!.createMeasure.id;
      const statusForm = page.locator('section.edit-form').filter({ has: page.getByRole('heading', { name: 'Ny status for tiltak' }) });
      await statusForm.getByRole('combobox', { name: /^Velg tiltak/ }).fill(measureTitle);
      await statusForm.getByRole('option', { name: measureTitle }).click();
      await statusForm.getByLabel(/^Status \*$/).selectOption('IN_PROGRESS');
      await statusForm.getByLabel(/^Kilde/).fill('e2e test');
      // A date the API refuses: its message appears at the date field.
      const asOf = statusForm.getByLabel(/^Dato for status/);
      await asOf.fill('i fjor');
      await statusForm.getByRole('button', { name: 'Lagre' }).click();
      await expect.poll(() => asOf.getAttribute('aria-invalid')).toBe('true');
      expect(await statusForm.locator(`#${await asOf.getAttribute('aria-describedby')}`).textContent()).toMatch(/YYYY-MM-DD/);
      await asOf.fill('2024-06');
      await statusForm.getByLabel(/^Statustekst/).fill('Arbeidet er i gang.');
      await statusForm.getByRole('button', { name: 'Lagre' }).click();
      await statusForm.getByRole('status').filter({ hasText: `${measureTitle}: Pågår` }).waitFor();
      await a11y(page);
      const after = await gql(app, 'query($id: ID!) { node(id: $id) { ... on Measure { latestStatus { asOf status text } } } }', { id: measureId }, auth);
      expect(after.body.data!.node.latestStatus).toEqual({ asOf: '2024-06', status: 'IN_PROGRESS', text: 'Arbeidet er i gang.' });
    } finally {
      const gone = await gql(app, 'mutation($id: ID!) { deletePlan(id: $id, mode: CASCADE) }', { id: planId }, auth);
      expect(gone.body.errors).toBeUndefined();
    }
  });
});

describe('when the API is down', () => {
  it('says so clearly and offers a retry that recovers', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(new URL('plans', app.url).href);
    const alert = page.getByRole('alert').filter({ hasText: 'Får ikke kontakt med Samkart-tjeneren' });
    await alert.waitFor();
    await shot(page, 'api-down');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.locator('.cards .card').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
