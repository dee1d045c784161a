/**
 * The status report as DOCX (the docx package): the same content as the PDF, as a Word document a
 * council secretariat can edit: heading, period and round, the legend as a small table with
 * coloured cells, and the measures table with the status cells shaded in their colour.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, PageOrientation, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { percent, type StatusReportModel } from './model.js';

const hex = (c: string) => c.replace('#', '').toUpperCase();
const border = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, widthPct: number, opts: { fill?: string; bold?: boolean } = {}) {
  const lines = text.split('\n');
  return new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(opts.fill) } : undefined,
    children: [new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l, bold: opts.bold, size: 18, break: i ? 1 : 0 })) })],
  });
}

export async function renderDocx(r: StatusReportModel): Promise<Buffer> {
  const legend = new Table({
    width: { size: 60, type: WidthType.PERCENTAGE },
    rows: r.legend.map((l) => new TableRow({ children: [
      cell('', 6, { fill: l.colour }), cell(l.label, 64), cell(percent(l.share, r.lang), 15), cell(String(l.count), 15),
    ] })),
  });
  const header = new TableRow({ tableHeader: true, children: [
    cell(r.columns.measure.toUpperCase(), 43, { bold: true, fill: '#dde3ea' }),
    cell(r.columns.responsible.toUpperCase(), 20, { bold: true, fill: '#dde3ea' }),
    cell(r.columns.status.toUpperCase(), 37, { bold: true, fill: '#dde3ea' }),
  ] });
  const rows = r.measures.map((m) => new TableRow({ cantSplit: true, children: [
    cell(`${m.number ? `${m.number}. ` : ''}${m.title}`, 43),
    cell(m.owners, 20),
    cell(m.statusText, 37, { fill: r.legend.find((l) => l.status === m.status)?.colour }),
  ] }));
  const doc = new Document({
    creator: 'Samkart', title: r.heading, description: r.title,
    styles: { default: { document: { run: { font: 'DejaVu Sans' } } } },
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(r.heading)] }),
        new Paragraph({ children: [new TextRun(r.periodLine)] }),
        ...(r.roundLine ? [new Paragraph({ children: [new TextRun(r.roundLine)] })] : []),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(r.legendTitle)] }),
        legend,
        new Paragraph({ children: [] }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: r.footer, size: 16, color: '444444' })] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
