/**
 * How a table of reported figures is laid out on the statistics page. Pure, so it is unit-tested
 * (tests/web/pure.test.ts). Cells come in the document's order (the API sorts by each cell's place
 * in its data file), so rows keep the document's order; the total row always goes last.
 */
export interface Cell {
  id: string; name: string; category?: string | null; year?: number | null; value: number; unit: string; isTotal: boolean;
}

export interface Row {
  key: string;
  /** What the row shows as its label (the part of the cells' names that tells rows apart). */
  label: string;
  /** The full name, for a tooltip. */
  title: string;
  /** One value per year column (null: not given). */
  values: (number | null)[];
  /** The row's total over all years, when the document gives one. */
  period: number | null;
  isTotal: boolean;
}

export interface Layout {
  /** The table's name: what its cells' names have in common. */
  heading: string;
  unit: string | null;
  years: number[];
  /** Label of the column of per-row totals over all years ("2013–2016"), when the table has one. */
  periodLabel: string | null;
  /** The rows in the document's order, the total row last. */
  rows: Row[];
  /** For a table of percentage shares: their sum when it is not 100 (as in the document). */
  sharesSum: number | null;
}

/** The longest common word-prefix of some texts, without trailing punctuation or an open parenthesis. */
function commonPrefix(texts: string[]): string {
  if (texts.length === 0) return '';
  let p = texts[0];
  for (const t of texts.slice(1)) while (!t.startsWith(p)) p = p.slice(0, -1);
  if (texts.every((t) => t === p)) return p;
  const cut = p.lastIndexOf(' ');
  return (cut > 0 ? p.slice(0, cut) : '').replace(/[\s(,:;–-]+$/, '');
}

/** What tells a name apart from the table's heading: "(nedre grense)" → "nedre grense". */
function distinctPart(name: string, heading: string): string {
  const rest = name.startsWith(heading) ? name.slice(heading.length) : name;
  return rest.replace(/^[\s(,:;–-]+|[\s)]+$/g, '') || name;
}

const rowKey = (c: Cell, heading: string) => c.category ?? distinctPart(c.name, heading);

export function tableLayout(cells: Cell[]): Layout {
  const parts = cells.filter((c) => !c.isTotal);
  const heading = commonPrefix((parts.length > 1 ? parts : cells).map((c) => c.name)) || (cells[0]?.name ?? '');
  const years = [...new Set(cells.map((c) => c.year).filter((y): y is number => y != null))].sort((a, b) => a - b);
  // The total row: total cells with a year, or (in a table without years) a total without a
  // category of its own among the parts.
  const partKeys = [...new Set(parts.map((c) => rowKey(c, heading)))];
  const totalCells = cells.filter((c) => c.isTotal && (years.length ? c.year != null : !partKeys.includes(rowKey(c, heading))));
  const totalKey = totalCells.length ? rowKey(totalCells[0], heading) : null;
  const keys = [...partKeys.filter((k) => k !== totalKey), ...(totalKey !== null ? [totalKey] : [])];
  const periodCells = cells.filter((c) => c.isTotal && c.year == null && years.length > 0);
  const rows: Row[] = keys.map((key) => {
    const mine = cells.filter((c) => rowKey(c, heading) === key);
    const isTotal = key === totalKey;
    return {
      key,
      label: key,
      title: mine.find((c) => !c.isTotal)?.name ?? mine[0]?.name ?? key,
      values: years.length ? years.map((y) => mine.find((c) => c.year === y)?.value ?? null) : [mine[0]?.value ?? null],
      period: periodCells.find((c) => rowKey(c, heading) === key)?.value ?? null,
      isTotal,
    };
  });
  const unit = cells[0]?.unit ?? null;
  let sharesSum: number | null = null;
  if (unit === 'prosent' && parts.length > 1 && years.length <= 1) {
    const sum = parts.reduce((s, c) => s + c.value, 0);
    if (Math.abs(sum - 100) > 0.5) sharesSum = sum;
  }
  return {
    heading, unit, years,
    periodLabel: periodCells.length ? `${years[0]}–${years[years.length - 1]}` : null,
    rows, sharesSum,
  };
}
