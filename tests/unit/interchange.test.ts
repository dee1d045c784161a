/** The pure parts of the import: responsibility cells, dates, status words, headers, matching, CSV. */
import { describe, expect, it } from 'vitest';
import { ActorIndex } from '../../server/interchange/match.js';
import { parseDate } from '../../server/interchange/parse.js';
import { decodeText, detectDelimiter, readWorkbook, UnreadableFile } from '../../server/interchange/read.js';
import { formatResponsible, parseResponsible } from '../../server/interchange/responsible.js';
import { csvCell } from '../../server/interchange/export.js';
import { fieldOf, MEASURE_HEADERS, statusOf } from '../../server/interchange/vocab.js';

describe('responsibility cells', () => {
  it('reads several names with roles in one cell', () => {
    expect(parseResponsible('Barnevernet, helsestasjonen (leder: NAV)')).toEqual([
      { name: 'Barnevernet', role: 'executing' }, { name: 'helsestasjonen', role: 'executing' }, { name: 'NAV', role: 'lead' },
    ]);
    expect(parseResponsible('NAV (leder), barnevernet; Politiet')).toEqual([
      { name: 'NAV', role: 'lead' }, { name: 'barnevernet', role: 'executing' }, { name: 'Politiet', role: 'executing' },
    ]);
    expect(parseResponsible('Koordinator i samarbeid med kommunalsjefene')).toEqual([
      { name: 'Koordinator', role: 'lead' }, { name: 'kommunalsjefene', role: 'contributing' },
    ]);
    expect(parseResponsible('Barne-, ungdoms- og familieetaten, NAV (Moss)')).toEqual([
      { name: 'Barne-, ungdoms- og familieetaten', role: 'executing' }, { name: 'NAV (Moss)', role: 'executing' },
    ]);
  });
  it('writes cells that read back the same', () => {
    const list = [
      { name: 'Barne-, ungdoms- og familieetaten', role: 'executing' }, { name: 'NAV (Moss)', role: 'lead' },
      { name: 'IMDi', role: 'contributing' }, { name: 'BLD', role: 'funding' },
    ];
    const cell = formatResponsible(list);
    expect(cell).toBe('"Barne-, ungdoms- og familieetaten" (leder: "NAV (Moss)") (bidragsyter: IMDi) (finansiering: BLD)');
    expect(parseResponsible(cell)).toEqual(expect.arrayContaining(list));
    expect(parseResponsible(cell)).toHaveLength(4);
  });
});

describe('dates, statuses and headers', () => {
  it('reads dates as precise as written and refuses what is not a date', () => {
    expect(parseDate('2017')).toBe('2017');
    expect(parseDate('23.06.2017')).toBe('2017-06-23');
    expect(parseDate('juni 2017')).toBe('2017-06');
    expect(parseDate('23. juni 2017')).toBe('2017-06-23');
    expect(parseDate('2017-6')).toBe('2017-06');
    expect(parseDate('42909')).toBe('2017-06-23'); // an Excel serial day
    for (const bad of ['31.02.2017', 'snart', '2017-13', 'høsten 2016', '12345']) expect(parseDate(bad), bad).toBeUndefined();
  });
  it('knows status words in bokmål and English, and a status phrase before a text', () => {
    expect(statusOf('Pågår')).toEqual({ status: 'in-progress', rest: '' });
    expect(statusOf('pagar')).toEqual({ status: 'in-progress', rest: '' });
    expect(statusOf('Partly done')).toEqual({ status: 'partly-done', rest: '' });
    expect(statusOf('Delvis gjennomført: rutiner for NAV')).toEqual({ status: 'partly-done', rest: 'rutiner for NAV' });
    expect(statusOf('Kanskje')).toBeUndefined();
  });
  it('matches headers case- and accent-insensitively, with variants', () => {
    expect(fieldOf(MEASURE_HEADERS, 'ANSVARLIG')).toBe('responsible');
    expect(fieldOf(MEASURE_HEADERS, 'Gjennomforing')).toBe('period');
    expect(fieldOf(MEASURE_HEADERS, 'Tidsramme/Frist')).toBe('period');
    expect(fieldOf(MEASURE_HEADERS, 'Målgruppe')).toBe('targetGroup');
    expect(fieldOf(MEASURE_HEADERS, 'målgruppe')).toBe('targetGroup');
    expect(fieldOf(MEASURE_HEADERS, 'Status pr 01.06.2017')).toBe('status');
    expect(fieldOf(MEASURE_HEADERS, 'Responsible')).toBe('responsible');
    expect(fieldOf(MEASURE_HEADERS, 'Farge')).toBeUndefined();
  });
});

describe('actor matching', () => {
  const index = new ActorIndex([
    { id: 'actor:nav', name: 'NAV', shortName: null, aliases: ['NAV'], isGenericRole: false, kind: 'nav' },
    { id: 'actor:helse', name: 'Helsestasjonene i Mosseregionen', shortName: null, aliases: ['Helsestasjonene'], isGenericRole: false, kind: 'health' },
    { id: 'actor:bv', name: 'Barneverntjenestene i Mosseregionen', shortName: null, aliases: ['barnevernet'], isGenericRole: false, kind: 'child-welfare' },
    { id: 'actor:generic-virksomhetsledere', name: 'Virksomhetsledere', shortName: null, aliases: [], isGenericRole: true, kind: 'generic-role' },
    { id: 'actor:imdi-ost', name: 'IMDi Øst', shortName: null, aliases: [], isGenericRole: false, kind: 'regional-office' },
    { id: 'actor:imdi-vest', name: 'IMDi Vest', shortName: null, aliases: [], isGenericRole: false, kind: 'regional-office' },
  ]);
  it('exact, then folded, then fuzzy with a score, else new with alternatives', () => {
    expect(index.match('NAV')).toMatchObject({ kind: 'exact', proposed: { id: 'actor:nav', score: 1 } });
    expect(index.match('Barnevernet')).toMatchObject({ kind: 'normalized', proposed: { id: 'actor:bv' } });
    expect(index.match('imdi ost')).toMatchObject({ kind: 'normalized', proposed: { id: 'actor:imdi-ost' } });
    const fuzzy = index.match('helsestasjonen');
    expect(fuzzy.kind).toBe('fuzzy');
    expect(fuzzy.proposed?.id).toBe('actor:helse');
    expect(fuzzy.proposed!.score).toBeGreaterThan(0.85);
    const ambiguous = index.match('IMDi Nord');
    expect(ambiguous.kind).toBe('new');
    expect(ambiguous.alternatives.map((a) => a.id)).toEqual(expect.arrayContaining(['actor:imdi-ost', 'actor:imdi-vest']));
    expect(index.match('Virksomhetsledere').genericRole).toBe(true);
    expect(index.match('kommuneledelsen')).toMatchObject({ kind: 'new', genericRole: true });
  });
});

describe('reading files', () => {
  it('decodes UTF-8 with and without BOM and refuses Windows-1252 and binary data with a message', () => {
    expect(decodeText(Buffer.from('\ufeffNr;Tiltak\n1;Å', 'utf8'))).toBe('Nr;Tiltak\n1;Å');
    expect(decodeText(Buffer.from('Nr;Tiltak\n1;Å', 'utf8'))).toBe('Nr;Tiltak\n1;Å');
    expect(() => decodeText(Buffer.from('Nr;Tiltak\n1;Bl\xe5', 'latin1'))).toThrow(/not UTF-8 text \(line 2.*CSV UTF-8/);
    expect(() => decodeText(Buffer.from([0, 1, 2, 3, 0, 255, 4, 5]))).toThrow(/binary/);
  });
  it('detects the delimiter outside quotes', () => {
    expect(detectDelimiter('Nr;Tiltak;Ansvar\n1;"a, b";c')).toBe(';');
    expect(detectDelimiter('Nr,Tiltak,"Ansvar; x"\n')).toBe(',');
  });
  it('refuses old .xls files and files named .xlsx that are not workbooks', async () => {
    await expect(readWorkbook(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'plan.xls')).rejects.toThrow(/old Excel file/);
    await expect(readWorkbook(Buffer.from('hello'), 'plan.xlsx')).rejects.toThrow(UnreadableFile);
  });
  it('defuses formulas in CSV cells', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+47 123')).toBe("'+47 123");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('NAV; IMDi')).toBe('"NAV; IMDi"');
  });
});
