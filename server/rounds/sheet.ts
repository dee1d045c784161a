/**
 * The round spreadsheet (XLSX, exceljs) an owner downloads, fills in and sends back: one row per
 * measure the owner reports on, with the last status, and two columns to fill in (new status,
 * from a drop-down, and status text). Reading it back gives the answers to record; every problem
 * is reported with its row.
 */
import ExcelJS from 'exceljs';
import type { Db } from '../db/driver.js';
import { Invalid, NotFound } from '../db/errors.js';
import { planMeasures, roundById, type Answer } from '../db/repos/rounds.repo.js';
import { roundView } from './round.js';

const SHEET = 'Tiltak';
const INFO = 'Runde';
/** Stored status → the label in the sheet's drop-down (bokmål, as the planners write it). */
export const STATUS_LABELS: Record<string, string> = {
  done: 'Ferdig', 'in-progress': 'Pågår', 'partly-done': 'Delvis gjennomført', 'not-done': 'Ikke utført', unclear: 'Uavklart', cancelled: 'Utgår',
};
const ENGLISH: Record<string, string> = { done: 'done', 'in progress': 'in-progress', 'partly done': 'partly-done', 'not done': 'not-done', unclear: 'unclear', cancelled: 'cancelled' };
const COLUMNS = ['Tiltak-id', 'Nr.', 'Tiltak', 'Ansvarlig-id', 'Ansvarlig', 'Forrige status', 'Forrige statustekst', 'Ny status', 'Ny statustekst'];

/** A status as written in a sheet (bokmål or English label, or the API's enum value) → the stored value, or null. */
export function parseStatus(value: string): string | null {
  const v = value.trim().toLowerCase();
  for (const [k, label] of Object.entries(STATUS_LABELS)) if (label.toLowerCase() === v) return k;
  if (ENGLISH[v]) return ENGLISH[v];
  const e = v.replace(/_/g, '-');
  return STATUS_LABELS[e] ? e : null;
}

/** The workbook for one owner (or, without an actor, for every owner) of a round. */
export async function roundSheet(db: Db, roundIdArg: string, actor: string | null): Promise<{ buffer: Buffer; fileName: string }> {
  const round = await roundById(db, roundIdArg);
  if (!round) throw new NotFound('reporting round', roundIdArg, 'round');
  const view = roundView(round, await planMeasures(db, round.planId));
  const owners = actor ? view.owners.filter((o) => o.actorId === actor) : view.owners;
  if (actor && !owners.length) throw new NotFound('owner in this round', actor, 'actor');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samkart';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((header, i) => ({ header, width: [30, 6, 60, 30, 30, 18, 50, 20, 60][i] }));
  ws.getRow(1).font = { bold: true };
  const byId = new Map(view.measures.map((m) => [m.measure.id, m]));
  for (const o of owners) {
    for (const id of o.measureIds) {
      const m = byId.get(id)!;
      const mine = m.answers.find((a) => a.byActor === o.actorId);
      const row = ws.addRow([id, m.measure.number, m.measure.title, o.actorId, o.name,
        m.previous ? STATUS_LABELS[m.previous.status] ?? m.previous.status : '', m.previous?.text ?? '',
        mine ? STATUS_LABELS[mine.status] : '', mine?.text ?? '']);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.getCell(8).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${Object.values(STATUS_LABELS).join(',')}"`] };
      for (const c of [8, 9]) row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
    }
  }
  const info = wb.addWorksheet(INFO);
  info.addRows([['Runde-id', round.id], ['Plan-id', round.planId], ['Rapporteringsdato', round.asOf], ['Svarfrist', round.deadline ?? ''],
    ['Fyll ut', 'Kolonnene «Ny status» og «Ny statustekst» på arket «Tiltak». La de andre kolonnene stå.']]);
  info.getColumn(1).width = 20;
  info.getColumn(2).width = 80;
  const who = actor ? actor.slice(actor.indexOf(':') + 1) : 'alle';
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), fileName: `runde-${round.id.slice(6).replace(/[^a-z0-9-]+/g, '-')}-${who}.xlsx` };
}

/**
 * The answers in a filled-in sheet of `round`: rows with a new status. Throws Invalid with a
 * message per row (`rows.5`) for a wrong round, unknown statuses or missing ids.
 */
export async function readRoundSheet(data: Buffer, round: string): Promise<Answer[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new Invalid('The file is not an XLSX workbook; upload the spreadsheet downloaded from the round.', 'file');
  }
  const ws = wb.getWorksheet(SHEET);
  const info = wb.getWorksheet(INFO);
  if (!ws || !info) throw new Invalid(`The workbook has no sheets «${SHEET}» and «${INFO}»; upload the spreadsheet downloaded from the round.`, 'file');
  const sheetRound = String(info.getCell('B1').value ?? '');
  if (sheetRound !== round) throw new Invalid(`The spreadsheet belongs to round "${sheetRound}", not "${round}".`, 'round');
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  if (COLUMNS.some((c, i) => header[i] !== c)) throw new Invalid(`The columns of «${SHEET}» have been changed; expected: ${COLUMNS.join(', ')}.`, 'file');
  const answers: Answer[] = [];
  const fieldErrors: Record<string, string> = {};
  const text = (v: unknown): string => {
    if (v == null) return '';
    if (typeof v === 'object' && 'richText' in (v as object)) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
    if (typeof v === 'object' && 'text' in (v as object)) return String((v as { text: unknown }).text);
    return String(v);
  };
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const [measure, , , actor, , , , status, statusText] = (row.values as unknown[]).slice(1).map(text);
    if (!status.trim()) return;
    const parsed = parseStatus(status);
    if (!parsed) { fieldErrors[`rows.${n}`] = `row ${n}: unknown status "${status.slice(0, 40)}" (use ${Object.values(STATUS_LABELS).join(', ')})`; return; }
    if (!measure.startsWith('measure:') || !actor.startsWith('actor:')) { fieldErrors[`rows.${n}`] = `row ${n}: the measure and actor ids are missing`; return; }
    if (statusText.length > 5000) { fieldErrors[`rows.${n}`] = `row ${n}: the status text is longer than 5000 characters`; return; }
    answers.push({ measure: measure.trim(), actor: actor.trim(), status: parsed, text: statusText.trim() || null });
  });
  if (Object.keys(fieldErrors).length) throw new Invalid(`The spreadsheet has errors: ${Object.values(fieldErrors).join('; ')}.`, Object.keys(fieldErrors)[0], fieldErrors);
  if (!answers.length) throw new Invalid('The spreadsheet has no new statuses: fill in «Ny status» for at least one measure.', 'file');
  return answers;
}
