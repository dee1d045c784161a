/**
 * The status report (PDF rendered with poppler's pdftoppm and read with pdftotext, DOCX unzipped)
 * and the round spreadsheet (downloaded, filled in with exceljs, uploaded).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';
import { clonePlan, removeTestData } from '../planFixture.js';

const run = promisify(execFile);
const EDITOR = 'editor-token-for-tests-0123456789';
const VIEWER = 'viewer-token-for-tests-0123456789';
const id = `test-${Date.now().toString(36)}`;
const plan = `plan:${id}-moss`;
const MOSS = 'plan:moss-vold-2017';

let app: Samkart;
let dir: string;
let titles: { number: string; title: string }[];
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR},vi:viewer:${VIEWER}` });
  dir = await mkdtemp(path.join(os.tmpdir(), 'samkart-test-reports-'));
  await clonePlan(app.db, MOSS, plan);
  const r = await gql(app, `{ plan(id: "${MOSS}") { measures { number title } } }`);
  titles = r.body.data!.plan.measures;
});
afterAll(async () => {
  if (app) await removeTestData(app.db, id);
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function download(pathAndQuery: string, token?: string) {
  const res = await fetch(new URL(pathAndQuery, app.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

/** Whitespace-folded text, so a title wrapped over lines in a table cell still reads as one string. */
const fold = (s: string) => s.replace(/\s+/g, ' ');

async function pdfText(pdf: Buffer, name: string) {
  const file = path.join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
  return { file, text: fold(stdout) };
}

describe('status report', () => {
  it('renders the Moss plan as a PDF that reads like document 003: heading, legend with shares, all 45 measures', async () => {
    const { res, body } = await download(`files/reports/status?plan=${MOSS}&format=pdf&lang=nb`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="status-moss-vold-2017-2017-06-23-nb\.pdf"/);
    const { file, text } = await pdfText(body, 'moss-nb');
    expect(text).toContain('Status pr 23. juni 2017 Handlingsplanen mot vold i nære relasjoner i Mosseregionen');
    expect(text).toContain('Fargekoder');
    expect(text).toMatch(/Grønt = ferdig \d+ % \(\d+\)/);
    expect(text).toMatch(/Gult = pågår \d+ %/);
    expect(text).toMatch(/Rødt = ikke utført \d+ %/);
    expect(text).toMatch(/Hvitt = uavklart, info etterspørres \d+ %/);
    expect(titles).toHaveLength(45);
    for (const m of titles) expect(text, `measure ${m.number}`).toContain(fold(`${m.number}. ${m.title}`));
    expect(text).toContain('Delvis gjennomført: Krisesenter-barnevern');
    expect(text).toContain('Virksomhetsledere');

    // The font with æ, ø and å is embedded.
    const fonts = (await run('pdffonts', [file])).stdout;
    expect(fonts).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
    // It renders: pdftoppm draws every page as an image.
    await run('pdftoppm', ['-r', '40', '-png', file, path.join(dir, 'page')]);
    const pages = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect((await stat(path.join(dir, pages[0]))).size).toBeGreaterThan(5_000);
  });

  it('is in English on request', async () => {
    const { body } = await download(`files/reports/status?plan=${MOSS}&format=pdf&lang=en`);
    const { text } = await pdfText(body, 'moss-en');
    expect(text).toContain('Status as of 23 June 2017');
    expect(text).toMatch(/Green = done \d+% \(\d+\)/);
    expect(text).toContain('Plan period: not given');
    expect(text).toContain(fold(`45. ${titles.find((t) => t.number === '45')!.title}`));
  });

  it('renders a DOCX with the same text', async () => {
    const { res, body } = await download(`files/reports/status?plan=${MOSS}&format=docx&lang=nb`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string');
    const text = fold(xml.replace(/<w:br\/>/g, ' ').replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
    expect(text).toContain('Status pr 23. juni 2017');
    expect(text).toContain('Grønt = ferdig');
    for (const m of titles) expect(text, `measure ${m.number}`).toContain(`${m.number}. ${m.title}`);
  });

  it('answers 404 for an unknown plan, 400 for a bad format', async () => {
    const a = await download(`files/reports/status?plan=plan:${id}-none&format=pdf`);
    expect(a.res.status).toBe(404);
    expect(JSON.parse(a.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(`files/reports/status?plan=${MOSS}&format=odt`)).res.status).toBe(400);
  });
});

describe('round spreadsheet', () => {
  let round = '';
  const koordinator = 'actor:krisesenteret-i-moss-leder';

  it('downloads an owner’s sheet, takes it back filled in (editors only) and reports bad rows', async () => {
    const o = await gql(app, `mutation($plan: ID!) { openReportingRound(plan: $plan, asOf: "2018-06-15", deadline: "2018-08-01") { id } }`, { plan }, { authorization: `Bearer ${EDITOR}` });
    round = o.body.data!.openReportingRound.id;
    const { res, body } = await download(`files/rounds/sheet?round=${encodeURIComponent(round)}&actor=${koordinator}`, VIEWER);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tiltak')!;
    const rows = ws.getRows(2, ws.rowCount - 1)!;
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.getCell(4).value === koordinator)).toBe(true);
    const row4 = rows.find((r) => r.getCell(1).value === `measure:${id}-moss/4`)!;
    expect(row4.getCell(6).value).toBe('Delvis gjennomført');

    row4.getCell(8).value = 'Ferdig';
    row4.getCell(9).value = 'Nettverksmøtet er fast etablert fra høsten 2018.';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const upload = (buf: Buffer, token?: string) => fetch(new URL(`files/rounds/sheet?round=${encodeURIComponent(round)}`, app.url), {
      method: 'POST', body: new Uint8Array(buf), headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    expect((await upload(filled, VIEWER)).status).toBe(403);
    expect((await upload(filled)).status).toBe(401);

    rows[0].getCell(8).value = 'Nesten ferdig';
    const bad = await upload(Buffer.from(await wb.xlsx.writeBuffer()), EDITOR);
    expect(bad.status).toBe(400);
    const err = (await bad.json()).errors[0];
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/row 2: unknown status "Nesten ferdig"/);

    const ok = await upload(filled, EDITOR);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { recorded: 1 } });
    const r = await gql(app, `query($id: ID!) { reportingRound(id: $id) { owners { actor { id } answered } measures { measure { id } result { status text actor { id } } } } }`, { id: round });
    const data = r.body.data!.reportingRound;
    expect(data.owners.find((x: any) => x.actor.id === koordinator).answered).toBe(1);
    expect(data.measures.find((x: any) => x.measure.id === `measure:${id}-moss/4`).result)
      .toEqual({ status: 'DONE', text: 'Nettverksmøtet er fast etablert fra høsten 2018.', actor: { id: koordinator } });

    expect((await upload(Buffer.from('not a workbook'), EDITOR)).status).toBe(400);
  });

  it('reports the round with its new statuses and the carried-over ones after closing', async () => {
    await gql(app, `mutation($r: ID!) { closeReportingRound(round: $r) { answered } }`, { r: round }, { authorization: `Bearer ${EDITOR}` });
    const { body } = await download(`files/reports/status?plan=${plan}&round=${encodeURIComponent(round)}&format=pdf&lang=nb`);
    const { text } = await pdfText(body, 'round');
    expect(text).toContain('Status pr 15. juni 2018');
    expect(text).toContain('Rapporteringsrunde 15. juni 2018 (svarfrist 1. august 2018)');
    expect(text).toContain('Nettverksmøtet er fast etablert fra høsten 2018.');
    expect(text).toContain('Ikke rapportert i runden; status fra 23. juni 2017 videreført.');
  });
});
