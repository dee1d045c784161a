/**
 * The planner's way through the import page in Chromium: download a plan from its page, upload a
 * workbook of their own, see every name matched (and change one), apply, open the plan with its
 * gaps, and undo from the history. Screenshots go to test-results/screenshots.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { startTestServer } from '../helpers.js';
import { launch, openPage, seriousA11yViolations, shot } from './browser.js';

const EDITOR_TOKEN = 'e2e-import-editor-token-0123456789';
const run = Date.now().toString(36);
const PLAN = `plan:test-${run}-e2e`;

let app: Samkart;
let browser: Browser;
let page: Page;
let errors: string[];
let close: () => Promise<void>;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestServer({ SAMKART_API_TOKENS: `e2eimp:editor:${EDITOR_TOKEN}` }), launch()]);
  ({ page, errors, close } = await openPage(browser));
  await page.context().addInitScript((t) => localStorage.setItem('samkart.token', t), EDITOR_TOKEN);
});
afterAll(async () => {
  await close?.();
  await browser?.close();
  await app?.db.write(`MATCH (b:ImportBatch) WHERE b.importedBy = 'e2eimp' OPTIONAL MATCH (b)-[:IMPORTED]->(s:Source) DETACH DELETE b, s`);
  await app?.db.write(`MATCH (p:ImportPreview) WHERE p.createdBy = 'e2eimp' DELETE p`);
  await app?.db.write(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, { run });
  await app?.stop();
});

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Plan');
  plan.addRow(['Tittel', `Test-plan for Testby ${run}`]);
  plan.addRow(['Periode fra', '2025']);
  plan.addRow(['Periode til', '2027']);
  const ws = wb.addWorksheet('Tiltak');
  ws.addRow(['Nr', 'Tiltak', 'Ansvar', 'Frist', 'Status', 'Statusdato']);
  ws.addRow(['1', 'Felles veileder', 'Virksomhetsledere', '2025', 'Pågår', '2025-05']);
  ws.addRow(['2', 'Ressursgruppe', 'barnevernet, Helsestasjonen (leder: NAV)', '2026', '', '']);
  ws.addRow(['3', 'Kurs for skolene', `Test-skolen ${run}`, '2026', '', '']);
  ws.addRow(['4', 'Informasjon til foreldre', '', '', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the import page', () => {
  it('a plan page offers its plan as Excel and CSV', { timeout: 120_000 }, async () => {
    await page.goto(new URL('plans/moss-vold-2017', app.url).href);
    await page.getByRole('heading', { level: 1, name: /Mosseregionen/ }).waitFor({ timeout: 90_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (importmal)' }).click()]);
    expect(download.suggestedFilename()).toBe('moss-vold-2017.xlsx');
    expect(await page.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/export/plan/plan%3Amoss-vold-2017.csv');
    await shot(page, 'plan-downloads');
  });

  it('uploads a workbook, shows matches and problems, applies it, and undoes it from the history', { timeout: 180_000 }, async () => {
    await page.goto(new URL('import', app.url).href);
    await page.getByRole('heading', { level: 1, name: 'Importer fra regneark' }).waitFor({ timeout: 90_000 });
    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'testby.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook() });
    await page.getByLabel('Plan', { exact: true }).fill(PLAN);
    await page.getByRole('button', { name: 'Last opp og vis forhåndsvisning' }).click();
    await page.getByRole('heading', { name: 'Forhåndsvisning: testby.xlsx' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 30_000 }).toMatch(/5 nye/);
    // Every name has a picker with the proposed match; the new school is "Ny aktør".
    const picker = (name: string) => page.getByRole('combobox', { name: `Aktør for «${name}»` });
    expect(await picker('NAV').locator('option:checked').textContent()).toMatch(/^NAV/);
    expect(await picker('Helsestasjonen').locator('option:checked').textContent()).toMatch(/Helsestasjonene i Mosseregionen/);
    expect(await picker(`Test-skolen ${run}`).inputValue()).toBe('__new');
    // Problems name the sheet, cell and what is wrong.
    await page.getByRole('cell', { name: /No one is responsible/ }).waitFor();
    await shot(page, 'import-preview', { fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Choose "new actor" for "barnevernet" instead of the proposed match: the preview follows.
    await picker('barnevernet').selectOption('__new');
    await expect.poll(() => page.locator('.import-summary').textContent(), { timeout: 60_000 }).toMatch(/2 nye aktører/);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Importert' }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Åpne planen' }).click();
    await page.getByRole('heading', { level: 1, name: `Test-plan for Testby ${run}` }).waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('measure-table').locator('tbody tr').count()).toBe(4);
    await shot(page, 'import-applied-plan');
    // Back to the history: undo.
    await page.goto(new URL('import', app.url).href);
    const row = page.locator('.import-history tbody tr').filter({ hasText: 'testby.xlsx' }).first();
    await row.getByRole('button', { name: 'Angre' }).click();
    await row.getByText(/^Angret/).waitFor({ timeout: 60_000 });
    await shot(page, 'import-history');
    const [left] = await app.db.read<{ n: number }>('MATCH (n:Entity) WHERE n.id CONTAINS $run RETURN count(n) AS n', { run });
    expect(left.n).toBe(0);
    expect(errors).toEqual([]);
  });
});
