/**
 * Exports of the map as it is on screen (PNG, SVG, PDF), each headed by a title, the filters in
 * force and the date, so a picture pasted into a briefing says what it shows. The SVG is built
 * from the drawn elements (pure, unit-tested); PNG and PDF start from Cytoscape's own raster.
 */
import { groupLabelBox } from '../graph/arrange';
import { shapePoints, type NodeShape } from '../graph/kinds';

export interface ExportHeader { title: string; filters: string; date: string }
export interface ExportNode { x: number; y: number; size: number; color: string; shape: NodeShape; label: string; border?: string }
export interface ExportEdge { x1: number; y1: number; x2: number; y2: number; width: number; color: string; opacity: number }
/** A group's name in a grouped layout, centred on (x, y), `width` the room it has (graph/arrange.ts). */
export interface ExportGroupLabel { text: string; x: number; y: number; fontSize: number; width: number }

const HEADER_H = 64;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone SVG document of the drawn nodes, edges and labels under the header, with the names of the groups of a grouped layout. */
export function mapSvg(nodes: readonly ExportNode[], edges: readonly ExportEdge[], header: ExportHeader, groups: readonly ExportGroupLabel[] = []): string {
  const pad = 30;
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const n of nodes) { x1 = Math.min(x1, n.x - n.size / 2 - 80); x2 = Math.max(x2, n.x + n.size / 2 + 80); y1 = Math.min(y1, n.y - n.size / 2); y2 = Math.max(y2, n.y + n.size / 2 + 20); }
  for (const b of groups.map(groupLabelBox)) { x1 = Math.min(x1, b.x1); x2 = Math.max(x2, b.x2); y1 = Math.min(y1, b.y1); y2 = Math.max(y2, b.y2); }
  if (!nodes.length) { x1 = 0; y1 = 0; x2 = 400; y2 = 200; }
  const w = Math.ceil(x2 - x1 + 2 * pad), h = Math.ceil(y2 - y1 + 2 * pad);
  const ox = pad - x1, oy = pad - y1 + HEADER_H;
  const r = (v: number) => Math.round(v * 10) / 10;
  const shape = (n: ExportNode) => {
    const cx = r(n.x + ox), cy = r(n.y + oy), s = n.size;
    const stroke = n.border ? ` stroke="${n.border}" stroke-width="3"` : ' stroke="#ffffff" stroke-width="1"';
    const pts = shapePoints(n.shape);
    if (pts) {
      const scaled = pts.split(' ').map((p) => p.split(',').map(Number)).map(([px, py]) => `${r(cx + (px / 20 - 0.5) * s)},${r(cy + (py / 20 - 0.5) * s)}`).join(' ');
      return `<polygon points="${scaled}" fill="${n.color}"${stroke}/>`;
    }
    if (n.shape === 'round-rectangle') return `<rect x="${r(cx - s / 2)}" y="${r(cy - s / 2)}" width="${s}" height="${s}" rx="${r(s / 5)}" fill="${n.color}"${stroke}/>`;
    return `<circle cx="${cx}" cy="${cy}" r="${r(s / 2)}" fill="${n.color}"${stroke}/>`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h + HEADER_H}" viewBox="0 0 ${w} ${h + HEADER_H}" font-family="system-ui, sans-serif">`,
    `<title>${esc(header.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${pad}" y="28" font-size="20" font-weight="bold" fill="#17324d">${esc(header.title)}</text>`,
    `<text x="${pad}" y="50" font-size="13" fill="#333333">${esc(`${header.filters} · ${header.date}`)}</text>`,
    '<g class="edges">',
    ...edges.map((e) => `<line x1="${r(e.x1 + ox)}" y1="${r(e.y1 + oy)}" x2="${r(e.x2 + ox)}" y2="${r(e.y2 + oy)}" stroke="${e.color}" stroke-opacity="${e.opacity}" stroke-width="${r(e.width)}"/>`),
    '</g><g class="nodes">',
    ...nodes.map(shape),
    '</g><g class="labels" font-size="11" text-anchor="middle" fill="#1d1d1d" stroke="#ffffff" stroke-width="3" paint-order="stroke">',
    ...nodes.filter((n) => n.label).map((n) => `<text x="${r(n.x + ox)}" y="${r(n.y + oy + n.size / 2 + 13)}">${esc(n.label)}</text>`),
    '</g>',
    ...(groups.length ? [
      '<g class="groups" font-weight="bold" text-anchor="middle" fill="#17324d" stroke="#ffffff" stroke-width="2" paint-order="stroke">',
      ...groups.map((g) => `<text x="${r(g.x + ox)}" y="${r(g.y + oy + 0.35 * g.fontSize)}" font-size="${r(g.fontSize)}">${esc(g.text)}</text>`),
      '</g>',
    ] : []),
    '</svg>',
  ].join('\n');
}

/**
 * Cytoscape's full raster (`bounds`: the elements' bounding box it covers, `scale` its pixels per
 * unit) with the group names of a grouped layout drawn in, on a canvas grown to hold them (the
 * names sit above the clusters, outside the elements' box).
 */
export async function withGroupLabels(png: Blob, bounds: { x1: number; y1: number; x2: number; y2: number }, scale: number, groups: readonly ExportGroupLabel[]): Promise<Blob> {
  if (!groups.length) return png;
  let x1 = bounds.x1, y1 = bounds.y1, x2 = bounds.x2, y2 = bounds.y2;
  for (const b of groups.map(groupLabelBox)) { x1 = Math.min(x1, b.x1); x2 = Math.max(x2, b.x2); y1 = Math.min(y1, b.y1); y2 = Math.max(y2, b.y2); }
  const image = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((x2 - x1) * scale);
  canvas.height = Math.ceil((y2 - y1) * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, (bounds.x1 - x1) * scale, (bounds.y1 - y1) * scale);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const family = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif'; // as on screen
  for (const g of groups) {
    ctx.font = `bold ${g.fontSize * scale}px ${family}`;
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = '#ffffff';
    ctx.strokeText(g.text, (g.x - x1) * scale, (g.y - y1) * scale);
    ctx.fillStyle = '#17324d';
    ctx.fillText(g.text, (g.x - x1) * scale, (g.y - y1) * scale);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}

/** The PNG with the header drawn above it. */
export async function pngWithHeader(png: Blob, header: ExportHeader): Promise<Blob> {
  const image = await createImageBitmap(png);
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + HEADER_H * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#17324d';
  ctx.font = `bold ${20 * scale}px system-ui, sans-serif`;
  ctx.fillText(header.title, 30 * scale, 28 * scale);
  ctx.fillStyle = '#333333';
  ctx.font = `${13 * scale}px system-ui, sans-serif`;
  ctx.fillText(`${header.filters} · ${header.date}`, 30 * scale, 50 * scale);
  ctx.drawImage(image, 0, HEADER_H * scale);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}

/** An A4 landscape PDF: the header as text (searchable), the map as an image below it. */
export async function pdfWithHeader(png: Blob, header: ExportHeader): Promise<Blob> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(header.title);
  doc.setSubject(`${header.filters} · ${header.date}`);
  doc.setCreator('Samkart');
  const page = doc.addPage([842, 595]);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  // The standard fonts cover Latin-1 (æ, ø, å); anything else is replaced rather than failing.
  const latin1 = (s: string) => s.replace(/[–—]/g, '-').replace(/[“”«»]/g, '"').replace(/[^\x20-\xff]/g, '?');
  page.drawText(latin1(header.title), { x: 36, y: 595 - 44, size: 18, font: bold, color: rgb(0.09, 0.2, 0.3) });
  page.drawText(latin1(`${header.filters} · ${header.date}`), { x: 36, y: 595 - 64, size: 10, font, color: rgb(0.2, 0.2, 0.2), maxWidth: 770 });
  const image = await doc.embedPng(await png.arrayBuffer());
  const box = { w: 842 - 72, h: 595 - 110 };
  const s = Math.min(box.w / image.width, box.h / image.height);
  page.drawImage(image, { x: 36 + (box.w - image.width * s) / 2, y: 36 + (box.h - image.height * s) / 2, width: image.width * s, height: image.height * s });
  const bytes = await doc.save();
  return new Blob([bytes.slice().buffer as ArrayBuffer], { type: 'application/pdf' });
}
