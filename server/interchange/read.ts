/**
 * Turns an uploaded file into sheets of text cells, refusing anything that is not a workbook or a
 * CSV file we can read within bounded memory and time: zip bombs (checked by unpacking every entry
 * with a hard output cap before the workbook library sees the file), too many rows, binary junk,
 * text that is not UTF-8. Formulas are read as the value Excel saved with them, never evaluated.
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { LIMITS } from './limits.js';

/** One cell as text, with where it sits (1-based row and column, as a spreadsheet counts). */
export interface Cell { text: string; row: number; col: number }
export interface Sheet { name: string; rows: Cell[][] }
export interface Workbook { format: 'xlsx' | 'csv'; sheets: Sheet[] }

/** The file cannot be read as a plan; the message says why and what to do. */
export class UnreadableFile extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFile';
  }
}

/** "C5" for row 5, column 3. */
export function cellRef(row: number, col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

export async function readWorkbook(data: Buffer, fileName: string): Promise<Workbook> {
  if (data.length === 0) throw new UnreadableFile('The file is empty.');
  if (data.length > LIMITS.fileBytes) throw new UnreadableFile(`The file is ${mb(data.length)}; at most ${mb(LIMITS.fileBytes)} can be imported.`);
  if (data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return readXlsx(data);
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new UnreadableFile('This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and upload that.');
  }
  if (/\.xlsx$/i.test(fileName)) throw new UnreadableFile('The file is named .xlsx but is not an Excel workbook (it does not start as a zip package).');
  return { format: 'csv', sheets: [{ name: sheetNameOf(fileName), rows: readCsv(data) }] };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const sheetNameOf = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'CSV';

// ---------------------------------------------------------------- XLSX

interface ZipEntry { name: string; method: number; packed: number; size: number; offset: number }

/** The central directory of a zip package (no ZIP64, no encryption: a workbook needs neither). */
function zipEntries(data: Buffer): ZipEntry[] {
  const min = Math.max(0, data.length - 65_557);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--) if (data.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new UnreadableFile('The workbook is damaged: its zip directory is missing (was the upload cut short?).');
  const count = data.readUInt16LE(eocd + 10);
  const cdOffset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new UnreadableFile('The workbook uses ZIP64, which no ordinary workbook needs; it is refused.');
  if (count > LIMITS.zipEntries) throw new UnreadableFile(`The workbook package has ${count} parts; at most ${LIMITS.zipEntries} are accepted.`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) throw new UnreadableFile('The workbook is damaged: its zip directory is broken.');
    const flags = data.readUInt16LE(p + 8);
    if (flags & 1) throw new UnreadableFile('The workbook is encrypted (password protected); remove the password and upload it again.');
    const nameLen = data.readUInt16LE(p + 28), extraLen = data.readUInt16LE(p + 30), commentLen = data.readUInt16LE(p + 32);
    entries.push({
      method: data.readUInt16LE(p + 10), packed: data.readUInt32LE(p + 20), size: data.readUInt32LE(p + 24),
      offset: data.readUInt32LE(p + 42), name: data.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Unpacks every entry with a hard cap on its output (its declared size, the ratio limit and what is
 * left of the total), so a package that lies about its sizes is caught before anything big is
 * allocated; counts the rows of each worksheet on the way.
 */
function checkPackage(data: Buffer): void {
  let total = 0;
  let rows = 0;
  for (const e of zipEntries(data)) {
    if (e.size > LIMITS.unpackedBytes - total) throw new UnreadableFile(`The workbook unpacks to more than ${mb(LIMITS.unpackedBytes)}; it is refused (a zip bomb or far too much data).`);
    if (e.packed > 0 && e.size / e.packed > LIMITS.compressionRatio && e.size > 1024 * 1024) {
      throw new UnreadableFile(`The workbook part ${e.name} unpacks ${Math.round(e.size / e.packed)} times its packed size; it is refused as a likely zip bomb.`);
    }
    const h = e.offset;
    if (h + 30 > data.length || data.readUInt32LE(h) !== 0x04034b50) throw new UnreadableFile('The workbook is damaged: a part of it cannot be found.');
    const start = h + 30 + data.readUInt16LE(h + 26) + data.readUInt16LE(h + 28);
    const packed = data.subarray(start, start + e.packed);
    let out: Buffer;
    if (e.method === 0) out = packed;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(packed, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw new UnreadableFile(`The workbook part ${e.name} unpacks to more than it says; it is refused as a likely zip bomb.`);
        }
        throw new UnreadableFile(`The workbook is damaged: the part ${e.name} cannot be unpacked.`);
      }
    } else throw new UnreadableFile(`The workbook part ${e.name} uses a compression method (${e.method}) workbooks do not use.`);
    if (out.length !== e.size) throw new UnreadableFile(`The workbook is damaged: the part ${e.name} is not the size its directory says.`);
    total += out.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      rows += countRows(out);
      if (rows > LIMITS.rows + LIMITS.sheets) throw new UnreadableFile(`The workbook has more than ${LIMITS.rows} rows; split it into smaller files (at most ${LIMITS.rows} rows each).`);
    }
  }
}

function countRows(xml: Buffer): number {
  let n = 0;
  for (let i = xml.indexOf('<row'); i >= 0; i = xml.indexOf('<row', i + 4)) {
    const next = xml[i + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++; // "<row " "<row>" "<row/"
  }
  return n;
}

async function readXlsx(data: Buffer): Promise<Workbook> {
  checkPackage(data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFile(`The workbook cannot be read: ${(e as Error).message.slice(0, 200)}.`);
  }
  if (wb.worksheets.length > LIMITS.sheets) throw new UnreadableFile(`The workbook has ${wb.worksheets.length} sheets; at most ${LIMITS.sheets} are read.`);
  const sheets: Sheet[] = [];
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > LIMITS.columns) return;
        const text = cellText(cell.value);
        if (text !== '') cells.push({ text, row: r, col: c });
      });
      if (cells.length) rows.push(cells);
    });
    sheets.push({ name: ws.name, rows });
  }
  return { format: 'xlsx', sheets };
}

/** A cell's value as text: formulas as their saved result, dates as ISO, rich text joined. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return clip(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    if ('richText' in v) return clip(v.richText.map((t) => t.text).join(''));
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('hyperlink' in v) return cellText((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return String((v as { error: string }).error);
  }
  return '';
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 10);
}

const clip = (s: string) => unescapeFormula((s.length > LIMITS.cellChars ? s.slice(0, LIMITS.cellChars) : s).replace(/\r\n?/g, '\n').trim());

/** Undoes the export's guard against formula injection: a leading apostrophe before = + - @. */
const unescapeFormula = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

// ---------------------------------------------------------------- CSV

/** Decodes UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused with a hint. */
export function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  const probe = body.subarray(0, 64 * 1024);
  let nul = 0, control = 0;
  for (const b of probe) { if (b === 0) nul++; else if (b < 9 || (b > 13 && b < 32)) control++; }
  if (nul > 0 || control > probe.length / 100) throw new UnreadableFile('The file is binary, not a spreadsheet or CSV text; upload an .xlsx workbook or a .csv file.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    const line = body.subarray(0, at).toString('latin1').split('\n').length;
    throw new UnreadableFile(`The file is not UTF-8 text (line ${line} has byte 0x${body[at].toString(16).toUpperCase()}, which looks like Windows-1252 "${Buffer.from([body[at]]).toString('latin1')}"). In Excel, save it as "CSV UTF-8 (kommadelt)" and upload it again.`);
  }
}

function firstInvalidUtf8(b: Buffer): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 1 : (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 0;
    if (!n) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}

/** The delimiter of the first line: semicolon (Norwegian Excel), comma or tab, outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 20_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0 ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0] : ',';
}

function readCsv(data: Buffer): Cell[][] {
  const text = decodeText(data);
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
      to: LIMITS.rows + 2, max_record_size: LIMITS.cellChars * LIMITS.columns,
    }) as string[][];
  } catch (e) {
    throw new UnreadableFile(`The CSV file cannot be read: ${(e as Error).message.slice(0, 200)}.`);
  }
  if (records.length > LIMITS.rows + 1) throw new UnreadableFile(`The file has more than ${LIMITS.rows} rows; split it into smaller files (at most ${LIMITS.rows} rows each).`);
  const rows: Cell[][] = [];
  records.forEach((rec, i) => {
    const cells: Cell[] = [];
    rec.slice(0, LIMITS.columns).forEach((v, j) => { const t = clip(v); if (t !== '') cells.push({ text: t, row: i + 1, col: j + 1 }); });
    if (cells.length) rows.push(cells);
  });
  return rows;
}
