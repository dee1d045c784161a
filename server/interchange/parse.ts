/**
 * Interprets the sheets of a workbook as Samkart records: the plan (a "Plan" sheet of label/value
 * rows), its measures, status rounds, network memberships and actors. Which sheet holds what is
 * told by its header row (the first of its first ten rows that names at least two known columns).
 * Every problem names sheet, row, column, the value and what is wrong; errors block the import,
 * warnings do not. Nothing here touches the database.
 */
import { parseResponsible, type NamedRole } from './responsible.js';
import { cellRef, type Cell, type Sheet, type Workbook } from './read.js';
import {
  ACTOR_HEADERS, ACTOR_KINDS, fieldOf, isGenericRoleName, key, LEVELS, MEASURE_HEADERS, MEMBER_HEADERS, memberRole,
  PLAN_HEADERS, statusOf, type ActorField, type MeasureField, type MemberField, type PlanField,
} from './vocab.js';

export type Severity = 'error' | 'warning';
export interface Problem { severity: Severity; sheet: string; row: number | null; column: string | null; cell: string | null; value: string | null; message: string }
/** Where a value was read: for problems and for the citation of every imported fact. */
export interface Loc { sheet: string; row: number; cell: string }
export interface Located<T> { value: T; at: Loc }

export interface ParsedMeasure {
  number: string; title: string; description: string | null; period: string | null; budget: string | null;
  responsible: (NamedRole & { at: Loc })[]; themes: string[]; targetGroups: string[];
  status: { status: string; asOf: string; text: string | null } | null;
  at: Loc; cells: Partial<Record<MeasureField, Loc>>; quote: string;
  /** The columns the sheet has: a field whose column is missing is left as it is. */
  present: MeasureField[];
}
export interface ParsedStatus { number: string; status: string; asOf: string; text: string | null; at: Loc; quote: string }
export interface ParsedMember { network: string; actor: string; role: string; since: string | null; until: string | null; note: string | null; at: Loc; quote: string }
export interface ParsedActor { id: string | null; name: string; shortName: string | null; aliases: string[]; kind: string | null; level: string | null; parent: string | null; at: Loc; quote: string }
export interface ParsedPlan { id: string | null; title: string | null; shortTitle: string | null; level: string | null; periodStart: string | null; periodEnd: string | null; owners: (NamedRole & { at: Loc })[]; at: Loc | null }

export interface ParsedImport {
  plan: ParsedPlan;
  measures: ParsedMeasure[];
  statuses: ParsedStatus[];
  members: ParsedMember[];
  actors: ParsedActor[];
  problems: Problem[];
  /** Sheets read and what they were read as. */
  sheets: { name: string; kind: string; rows: number }[];
}

const SKIP_SHEETS = ['instruksjon', 'instruksjoner', 'veiledning', 'les meg', 'instructions', 'readme', 'read me', 'help', 'hjelp', 'lister', 'lists'];

export function interpret(wb: Workbook): ParsedImport {
  const out: ParsedImport = {
    plan: { id: null, title: null, shortTitle: null, level: null, periodStart: null, periodEnd: null, owners: [], at: null },
    measures: [], statuses: [], members: [], actors: [], problems: [], sheets: [],
  };
  for (const sheet of wb.sheets) {
    if (SKIP_SHEETS.includes(key(sheet.name))) { out.sheets.push({ name: sheet.name, kind: 'instructions', rows: 0 }); continue; }
    const header = findHeader(sheet);
    if (!header && wb.format === 'xlsx' && ['plan', 'om planen', 'about the plan'].includes(key(sheet.name)) && sheet.rows.length) { readPlanSheet(sheet, out); continue; }
    if (!header) {
      if (sheet.rows.length) out.problems.push(problem('warning', sheet.name, null, null, null, 'No header row found (a row naming columns such as Nr, Tiltak, Ansvar, Status); the sheet is skipped.'));
      out.sheets.push({ name: sheet.name, kind: 'skipped', rows: 0 });
      continue;
    }
    if (header.kind === 'measures' && !out.plan.title) {
      // The NKVTS layout puts the plan's title in a row of its own above the table.
      const above = sheet.rows.find((r) => r[0].row < header.row && r.length === 1 && r[0].text.length > 8);
      if (above) { out.plan.title = above[0].text; out.plan.at = { sheet: sheet.name, row: above[0].row, cell: cellRef(above[0].row, above[0].col) }; }
    }
    const before = { m: out.measures.length, s: out.statuses.length, n: out.members.length, a: out.actors.length };
    if (header.kind === 'measures') readMeasures(sheet, header, out);
    else if (header.kind === 'statuses') readStatuses(sheet, header, out);
    else if (header.kind === 'members') readMembers(sheet, header, out);
    else readActors(sheet, header, out);
    const rows = out.measures.length - before.m + out.statuses.length - before.s + out.members.length - before.n + out.actors.length - before.a;
    out.sheets.push({ name: sheet.name, kind: header.kind, rows });
  }
  checkDuplicates(out);
  if (!out.measures.length && !out.statuses.length && !out.members.length && !out.actors.length) {
    out.problems.push(problem('error', wb.sheets[0]?.name ?? '', null, null, null,
      'Nothing to import: no sheet has a header row with known columns (e.g. Nr, Tiltak, Ansvar, Frist, Status). Download the template to see the layout.'));
  }
  return out;
}

type Kind = 'measures' | 'statuses' | 'members' | 'actors';
interface Header { kind: Kind; row: number; columns: Map<number, string>; headerText: Map<number, string> }

function findHeader(sheet: Sheet): Header | undefined {
  for (const cells of sheet.rows.slice(0, 10)) {
    const m = mapColumns(cells, MEASURE_HEADERS), n = mapColumns(cells, MEMBER_HEADERS), a = mapColumns(cells, ACTOR_HEADERS);
    const has = (map: Map<number, string>, f: string) => [...map.values()].includes(f);
    const headerText = new Map(cells.map((c) => [c.col, c.text]));
    const row = cells[0].row;
    if (has(m, 'title') && (m.size >= 2)) return { kind: 'measures', row, columns: m, headerText };
    if (has(n, 'network') && has(n, 'actor')) return { kind: 'members', row, columns: n, headerText };
    if (has(m, 'number') && has(m, 'status') && !has(m, 'title')) return { kind: 'statuses', row, columns: m, headerText };
    if (has(a, 'name') && (has(a, 'aliases') || has(a, 'kind') || has(a, 'parent') || has(a, 'shortName'))) return { kind: 'actors', row, columns: a, headerText };
  }
  return undefined;
}

function mapColumns<F extends string>(cells: Cell[], headers: Record<F, string[]>): Map<number, F> {
  const map = new Map<number, F>();
  const taken = new Set<F>();
  for (const c of cells) {
    const f = fieldOf(headers, c.text);
    if (f && !taken.has(f)) { map.set(c.col, f); taken.add(f); }
  }
  return map;
}

function problem(severity: Severity, sheet: string, row: number | null, col: number | null, value: string | null, message: string, header?: string): Problem {
  return { severity, sheet, row, column: header ?? null, cell: row && col ? cellRef(row, col) : null, value, message };
}

/** Values of a data row by field, with each value's location. */
function fieldsOf<F extends string>(sheet: Sheet, header: Header, cells: Cell[]) {
  const values = new Map<F, Cell>();
  for (const c of cells) {
    const f = header.columns.get(c.col) as F | undefined;
    if (f) values.set(f, c);
  }
  const at = (c: Cell): Loc => ({ sheet: sheet.name, row: c.row, cell: cellRef(c.row, c.col) });
  return { values, at };
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, january: 1, februar: 2, feb: 2, february: 2, mars: 3, mar: 3, march: 3, april: 4, apr: 4, mai: 5, may: 5,
  juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  october: 10, oct: 10, november: 11, nov: 11, desember: 12, des: 12, december: 12, dec: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A date as precise as written: "2017", "2017-06", "2017-06-23", "23.06.2017", "06.2017",
 * "juni 2017", "23. juni 2017", or an Excel serial day number. Undefined when it is not a date.
 */
export function parseDate(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t))) return Number(m[1]) >= 1900 && Number(m[1]) <= 2100 ? m[1] : undefined;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${pad(Number(m[2]))}` : undefined;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/.exec(t))) return validDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${pad(+m[2])}-${pad(+m[3])}` : undefined;
  if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t))) return validDay(+m[3], +m[2], +m[1]) ? `${m[3]}-${pad(+m[2])}-${pad(+m[1])}` : undefined;
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(t))) return +m[1] >= 1 && +m[1] <= 12 ? `${m[2]}-${pad(+m[1])}` : undefined;
  if ((m = /^(?:(\d{1,2})\.? )?([a-zæøå]+)\.? (\d{4})$/.exec(t)) && MONTHS[m[2]]) {
    const mo = MONTHS[m[2]];
    if (!m[1]) return `${m[3]}-${pad(mo)}`;
    return validDay(+m[3], mo, +m[1]) ? `${m[3]}-${pad(mo)}-${pad(+m[1])}` : undefined;
  }
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(t)) && +m[1] > 20_000 && +m[1] < 80_000) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return undefined;
}

// ---------------------------------------------------------------- sheets

function readPlanSheet(sheet: Sheet, out: ParsedImport) {
  out.sheets.push({ name: sheet.name, kind: 'plan', rows: 1 });
  for (const cells of sheet.rows) {
    const [label, value] = cells;
    if (!label || !value || label.col !== 1) continue;
    const f = fieldOf<PlanField>(PLAN_HEADERS, label.text);
    if (!f) continue;
    const at: Loc = { sheet: sheet.name, row: value.row, cell: cellRef(value.row, value.col) };
    out.plan.at ??= at;
    if (f === 'owners') { out.plan.owners = parseResponsible(value.text).map((n) => ({ ...n, at })); continue; }
    if (f === 'id') {
      if (!/^plan:[a-z0-9][a-z0-9./_-]*$/.test(value.text)) {
        out.problems.push(problem('error', sheet.name, value.row, value.col, value.text, 'A plan id looks like plan:some-name (lower-case letters, digits, - . / _).', label.text));
        continue;
      }
    }
    if (f === 'periodStart' || f === 'periodEnd') {
      const d = parseDate(value.text);
      if (!d) { out.problems.push(problem('error', sheet.name, value.row, value.col, value.text, 'Not a date: write 2024, 2024-06, 2024-06-30 or 30.06.2024.', label.text)); continue; }
      out.plan[f] = d;
      continue;
    }
    if (f === 'level') {
      const level = levelOf(value.text);
      if (!level) { out.problems.push(problem('warning', sheet.name, value.row, value.col, value.text, `Unknown level; one of ${LEVELS.join(', ')} (or kommunal, regional, nasjonal) is expected. Left empty.`, label.text)); continue; }
      out.plan.level = level;
      continue;
    }
    out.plan[f] = value.text;
  }
  if (out.plan.periodStart && out.plan.periodEnd && out.plan.periodStart > out.plan.periodEnd) {
    out.problems.push(problem('error', sheet.name, out.plan.at?.row ?? null, null, `${out.plan.periodStart} – ${out.plan.periodEnd}`, 'The plan period ends before it starts.'));
  }
}

const LEVEL_WORDS: Record<string, string[]> = {
  national: ['nasjonal', 'national', 'statlig'], regional: ['regional', 'interkommunal'], county: ['fylke', 'fylkeskommunal', 'county'],
  municipal: ['kommunal', 'kommune', 'municipal'], local: ['lokal', 'local', 'bydel'], international: ['internasjonal', 'international'],
};
function levelOf(text: string): string | undefined {
  const k = key(text);
  for (const [level, words] of Object.entries(LEVEL_WORDS)) if (level === k || words.includes(k)) return level;
  return undefined;
}

const NUMBER = /^[0-9A-Za-z][0-9A-Za-z.]{0,19}$/;

/** "Status pr 01.06.2017": a date in the status column's header is the date of its statuses. */
function headerDate(header: Header, field: MeasureField): string | undefined {
  const col = [...header.columns].find(([, f]) => f === field)?.[0];
  const text = col ? header.headerText.get(col) ?? '' : '';
  const m = /(\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{1,2}\.?\s+[a-zæøå]+\s+\d{4}|[a-zæøå]+\s+\d{4})\s*$/i.exec(text);
  return m ? parseDate(m[1]) ?? parseDate(m[1].replace(/\.\s+/g, '.')) : undefined;
}

function readMeasures(sheet: Sheet, header: Header, out: ParsedImport) {
  const hasNumber = [...header.columns.values()].includes('number');
  const statusHeaderDate = headerDate(header, 'status');
  for (const cells of sheet.rows) {
    if (cells[0].row <= header.row) continue;
    const { values, at } = fieldsOf<MeasureField>(sheet, header, cells);
    if (!values.size) continue;
    const rowAt: Loc = { sheet: sheet.name, row: cells[0].row, cell: cellRef(cells[0].row, cells[0].col) };
    const err = (f: MeasureField | null, msg: string, severity: Severity = 'error') => {
      const c = f ? values.get(f) : undefined;
      const col = f ? [...header.columns].find(([, v]) => v === f)?.[0] ?? null : null;
      out.problems.push(problem(severity, sheet.name, cells[0].row, c?.col ?? col, c?.text ?? null, msg, col ? header.headerText.get(col) : undefined));
    };
    let title = values.get('title')?.text ?? '';
    let number = values.get('number')?.text ?? '';
    if (!hasNumber) {
      // The NKVTS layout numbers measures inside the Tiltak cell: "3. Skriftliggjøre ...".
      const m = /^(\d+[a-z]?)[.)]\s+([\s\S]*)$/i.exec(title);
      if (m) { number = m[1]; title = m[2]; }
    }
    number = number.replace(/[.)]$/, '');
    if (!title) err('title', 'The measure has no title (the Tiltak column is empty).');
    if (!number) err(hasNumber ? 'number' : 'title', hasNumber ? 'The measure has no number.' : 'The measure has no number: add a Nr column or start the text with "1.".');
    else if (!NUMBER.test(number)) err('number', 'A measure number is short and has only letters, digits and dots (e.g. 11, 3a, 2.1).');
    const cellsAt: Partial<Record<MeasureField, Loc>> = {};
    for (const [f, c] of values) cellsAt[f] = at(c);
    const responsible: ParsedMeasure['responsible'] = [];
    const resp = values.get('responsible');
    if (resp) for (const n of parseResponsible(resp.text)) responsible.push({ ...n, at: at(resp) });
    let status: ParsedMeasure['status'] = null;
    const st = values.get('status'), sd = values.get('statusDate'), stText = values.get('statusText');
    if (st) {
      const s = statusOf(st.text);
      if (!s) err('status', `Unknown status "${st.text}": write Ferdig, Pågår, Delvis gjennomført, Ikke utført, Uavklart or Utgår (or Done, In progress, Partly done, Not done, Unclear, Cancelled).`);
      let asOf: string | undefined;
      if (sd) {
        asOf = parseDate(sd.text);
        if (!asOf) err('statusDate', 'Not a date: write 2024, 2024-06, 2024-06-30 or 30.06.2024.');
      } else if (statusHeaderDate) asOf = statusHeaderDate;
      else err('status', 'A status needs a date: fill in Statusdato (or write the date in the header, "Status pr 01.06.2024").');
      const text = [s?.rest, stText?.text].filter(Boolean).join('\n') || null;
      if (s && asOf) status = { status: s.status, asOf, text };
    } else if (stText || sd) {
      err(stText ? 'statusText' : 'statusDate', 'A status comment or date without a status: fill in Status.', 'warning');
    }
    if (!title || !number || !NUMBER.test(number)) continue;
    out.measures.push({
      number, title, description: values.get('description')?.text ?? null, period: values.get('period')?.text ?? null,
      budget: values.get('budget')?.text ?? null, responsible,
      themes: listOf(values.get('theme')?.text), targetGroups: listOf(values.get('targetGroup')?.text),
      status, at: rowAt, cells: cellsAt, quote: `${number}. ${title}`.slice(0, 400), present: [...new Set(header.columns.values())] as MeasureField[],
    });
    if (!responsible.length) err('responsible', 'No one is responsible for this measure (it will show as an unowned measure).', 'warning');
    if (responsible.length && responsible.every((r) => isGenericRoleName(r.name))) {
      err('responsible', 'Only generic roles are responsible (it will show as a vague owner).', 'warning');
    }
  }
}

const listOf = (text: string | undefined) => (text ? text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean) : []);

function readStatuses(sheet: Sheet, header: Header, out: ParsedImport) {
  for (const cells of sheet.rows) {
    if (cells[0].row <= header.row) continue;
    const { values } = fieldsOf<MeasureField>(sheet, header, cells);
    if (!values.size) continue;
    const err = (f: MeasureField, msg: string) => {
      const c = values.get(f);
      const col = [...header.columns].find(([, v]) => v === f)?.[0] ?? null;
      out.problems.push(problem('error', sheet.name, cells[0].row, c?.col ?? col, c?.text ?? null, msg, col ? header.headerText.get(col) : undefined));
    };
    const number = (values.get('number')?.text ?? '').replace(/[.)]$/, '');
    const st = values.get('status'), sd = values.get('statusDate');
    if (!number) { err('number', 'The status row names no measure number.'); continue; }
    if (!st) { err('status', 'The status row has no status.'); continue; }
    const s = statusOf(st.text);
    if (!s) { err('status', `Unknown status "${st.text}": write Ferdig, Pågår, Delvis gjennomført, Ikke utført, Uavklart or Utgår.`); continue; }
    const asOf = sd ? parseDate(sd.text) : undefined;
    if (!asOf) { err('statusDate', sd ? 'Not a date: write 2024, 2024-06, 2024-06-30 or 30.06.2024.' : 'A status needs a date: fill in Statusdato.'); continue; }
    const text = [s.rest, values.get('statusText')?.text].filter(Boolean).join('\n') || null;
    out.statuses.push({ number, status: s.status, asOf, text, at: { sheet: sheet.name, row: cells[0].row, cell: cellRef(cells[0].row, st.col) }, quote: `${number}: ${st.text}`.slice(0, 400) });
  }
}

function readMembers(sheet: Sheet, header: Header, out: ParsedImport) {
  for (const cells of sheet.rows) {
    if (cells[0].row <= header.row) continue;
    const { values } = fieldsOf<MemberField>(sheet, header, cells);
    if (!values.size) continue;
    const err = (f: MemberField, msg: string, severity: Severity = 'error') => {
      const c = values.get(f);
      const col = [...header.columns].find(([, v]) => v === f)?.[0] ?? null;
      out.problems.push(problem(severity, sheet.name, cells[0].row, c?.col ?? col, c?.text ?? null, msg, col ? header.headerText.get(col) : undefined));
    };
    const network = values.get('network')?.text, actor = values.get('actor')?.text;
    if (!network) { err('network', 'The row names no network.'); continue; }
    if (!actor) { err('actor', 'The row names no member.'); continue; }
    const roleText = values.get('role')?.text;
    const role = roleText ? memberRole(roleText) : 'member';
    if (!role) { err('role', `Unknown role "${roleText}": write Leder, Koordinator, Sekretariat, Arbeidsgruppe or Medlem.`); continue; }
    const dates: Record<'since' | 'until', string | null> = { since: null, until: null };
    let bad = false;
    for (const f of ['since', 'until'] as const) {
      const c = values.get(f);
      if (!c) continue;
      const d = parseDate(c.text);
      if (!d) { err(f, 'Not a date: write 2024, 2024-06, 2024-06-30 or 30.06.2024.'); bad = true; } else dates[f] = d;
    }
    if (bad) continue;
    if (dates.since && dates.until && dates.since > dates.until) { err('until', 'The membership ends before it starts.'); continue; }
    const a = values.get('actor')!;
    out.members.push({ network, actor, role, ...dates, note: values.get('note')?.text ?? null,
      at: { sheet: sheet.name, row: a.row, cell: cellRef(a.row, a.col) }, quote: `${actor} – ${network} (${roleText ?? 'medlem'})`.slice(0, 400) });
  }
}

function readActors(sheet: Sheet, header: Header, out: ParsedImport) {
  for (const cells of sheet.rows) {
    if (cells[0].row <= header.row) continue;
    const { values } = fieldsOf<ActorField>(sheet, header, cells);
    if (!values.size) continue;
    const err = (f: ActorField, msg: string, severity: Severity = 'error') => {
      const c = values.get(f);
      const col = [...header.columns].find(([, v]) => v === f)?.[0] ?? null;
      out.problems.push(problem(severity, sheet.name, cells[0].row, c?.col ?? col, c?.text ?? null, msg, col ? header.headerText.get(col) : undefined));
    };
    const name = values.get('name')?.text;
    if (!name) { err('name', 'The actor has no name.'); continue; }
    const id = values.get('id')?.text ?? null;
    if (id && !/^actor:[a-z0-9][a-z0-9./_-]*$/.test(id)) { err('id', 'An actor id looks like actor:some-name (lower-case letters, digits, - . / _).'); continue; }
    const kindText = values.get('kind')?.text;
    let kind: string | null = null;
    if (kindText) {
      kind = (ACTOR_KINDS as readonly string[]).find((k) => key(k) === key(kindText) || key(k.replace(/-/g, ' ')) === key(kindText)) ?? null;
      if (!kind) err('kind', `Unknown kind; one of ${ACTOR_KINDS.join(', ')} is expected. Left empty.`, 'warning');
    }
    const levelText = values.get('level')?.text;
    const level = levelText ? levelOf(levelText) ?? null : null;
    if (levelText && !level) err('level', `Unknown level; one of ${LEVELS.join(', ')} is expected. Left empty.`, 'warning');
    const c = values.get('name')!;
    out.actors.push({
      id, name, shortName: values.get('shortName')?.text ?? null, aliases: listOf(values.get('aliases')?.text),
      kind, level, parent: values.get('parent')?.text ?? null, at: { sheet: sheet.name, row: c.row, cell: cellRef(c.row, c.col) }, quote: name.slice(0, 400),
    });
  }
}

function checkDuplicates(out: ParsedImport) {
  const seen = new Map<string, ParsedMeasure>();
  const keep: ParsedMeasure[] = [];
  for (const m of out.measures) {
    const first = seen.get(m.number);
    if (first) {
      out.problems.push({ severity: 'error', sheet: m.at.sheet, row: m.at.row, column: 'Nr', cell: m.cells.number?.cell ?? m.at.cell, value: m.number,
        message: `Duplicate measure number ${m.number}: already used in row ${first.at.row}${first.at.sheet !== m.at.sheet ? ` of ${first.at.sheet}` : ''}.` });
      continue;
    }
    seen.set(m.number, m);
    keep.push(m);
  }
  out.measures = keep;
  const actorNames = new Map<string, ParsedActor>();
  for (const a of out.actors) {
    const k = key(a.name);
    const first = actorNames.get(k);
    if (first) out.problems.push({ severity: 'warning', sheet: a.at.sheet, row: a.at.row, column: 'Navn', cell: a.at.cell, value: a.name, message: `The actor is listed twice (first in row ${first.at.row}); the rows are merged.` });
    else actorNames.set(k, a);
  }
}
