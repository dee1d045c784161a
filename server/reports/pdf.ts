/**
 * The status report as PDF (pdfkit), A4 landscape like a printed status table: heading, period and
 * round, the colour legend with shares, then one row per measure (TILTAK | ANSVAR | STATUS) with
 * the status cell in its colour. DejaVu Sans is embedded so æ, ø and å print in any viewer.
 */
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR } from './fonts.js';
import { percent, type StatusReportModel } from './model.js';

const MARGIN = 36;

export function renderPdf(r: StatusReportModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true,
    info: { Title: r.heading, Author: 'Samkart', Subject: r.title }, lang: r.lang === 'nb' ? 'nb-NO' : 'en-GB' });
  doc.registerFont('body', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(15).text(r.heading, { width });
  doc.moveDown(0.3);
  doc.font('body').fontSize(10).text(r.periodLine, { width });
  if (r.roundLine) doc.text(r.roundLine, { width });
  doc.moveDown(0.6);

  // Legend: a swatch, the label and the share, as in the document's first line.
  doc.font('bold').fontSize(10).text(r.legendTitle);
  doc.moveDown(0.2);
  for (const l of r.legend) {
    const y = doc.y;
    doc.rect(MARGIN, y + 1, 12, 10).fillAndStroke(l.colour, '#555555');
    doc.fillColor('#000000').font('body').fontSize(10).text(`${l.label} ${percent(l.share, r.lang)} (${l.count})`, MARGIN + 18, y, { width: width - 18 });
  }
  doc.moveDown(0.8);

  const cols = [{ w: width * 0.43, key: 'measure' }, { w: width * 0.2, key: 'owners' }, { w: width * 0.37, key: 'status' }] as const;
  const pad = 4;
  const header = () => {
    const y = doc.y;
    const h = 18;
    let x = MARGIN;
    for (const [i, label] of [r.columns.measure, r.columns.responsible, r.columns.status].entries()) {
      doc.rect(x, y, cols[i].w, h).fillAndStroke('#dde3ea', '#777777');
      doc.fillColor('#000000').font('bold').fontSize(9).text(label.toUpperCase(), x + pad, y + 4, { width: cols[i].w - 2 * pad });
      x += cols[i].w;
    }
    doc.y = y + h;
  };
  header();
  for (const m of r.measures) {
    const cells = [`${m.number ? `${m.number}. ` : ''}${m.title}`, m.owners, m.statusText];
    doc.font('body').fontSize(8.5);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: cols[i].w - 2 * pad }))) + 2 * pad;
    if (doc.y + h > doc.page.height - MARGIN - 14) { doc.addPage(); header(); }
    const y = doc.y;
    let x = MARGIN;
    for (const [i, c] of cells.entries()) {
      const fill = i === 2 ? r.legend.find((l) => l.status === m.status)?.colour ?? '#ffffff' : '#ffffff';
      doc.rect(x, y, cols[i].w, h).fillAndStroke(fill, '#777777');
      doc.fillColor('#000000').font('body').fontSize(8.5).text(c || ' ', x + pad, y + pad, { width: cols[i].w - 2 * pad });
      x += cols[i].w;
    }
    doc.y = y + h;
  }
  doc.moveDown(0.8);
  doc.font('body').fontSize(8).fillColor('#444444').text(r.footer, MARGIN, doc.y, { width });

  // Page numbers, as the document has them at each page's foot.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('body').fontSize(8).fillColor('#444444')
      .text(String(i + 1), MARGIN, doc.page.height - MARGIN - 2, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
