/**
 * Layouts besides the force-directed one (as in Kumu and Bloom): actors grouped by region or by
 * kind, or on rings by centrality. Computed directly (no iterations), so they are instant even at
 * thousands of nodes, and spread by construction: within a group actors sit on a sunflower
 * (phyllotaxis) spiral spaced by their size, groups are packed in rows, and rings are spaced so
 * that neighbours on a ring never touch. Pure and unit-tested.
 */
export type Arrangement = 'force' | 'region' | 'kind' | 'concentric';
export const ARRANGEMENTS: readonly Arrangement[] = ['force', 'region', 'kind', 'concentric'];

export interface ArrangeNode { id: string; size: number; group: string; centrality: number; /** The group's name, shown above it. */ groupLabel?: string }
export interface Point { x: number; y: number }

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Positions on a sunflower spiral around (0, 0), the first (most central) in the middle; returns them and the radius used. */
function sunflower(nodes: readonly ArrangeNode[], gap: number): { at: Point[]; radius: number } {
  const step = Math.max(...nodes.map((n) => n.size), 14) + gap;
  const at = nodes.map((_, i) => {
    const r = step * 0.62 * Math.sqrt(i + 0.5);
    return { x: r * Math.cos(i * GOLDEN), y: r * Math.sin(i * GOLDEN) };
  });
  return { at, radius: step * 0.62 * Math.sqrt(nodes.length + 0.5) + step / 2 };
}

/**
 * A group's name drawn above its cluster, in model coordinates (it scales with the zoom, like the
 * actors): centred on `x`, its middle at `y`, `fontSize` high and at most `width` wide. Each group
 * gets a band of its own above its actors, as wide as its name, so the name never covers an actor
 * or another group's name.
 */
export interface GroupLabel { group: string; text: string; x: number; y: number; fontSize: number; width: number }

/** The box a group's name takes, in model coordinates (for fitting the view and for exports). */
export function groupLabelBox(l: Pick<GroupLabel, 'x' | 'y' | 'width' | 'fontSize'>) {
  return { x1: l.x - l.width / 2, x2: l.x + l.width / 2, y1: l.y - l.fontSize, y2: l.y + l.fontSize };
}

/** Rough width of a line of bold sans-serif text, in units of its font size (generous: a name must not be cut). */
const textWidth = (text: string) => 0.66 * [...text].length + 0.4;

/** The canvas a grouped arrangement is drawn on, and how large its names should be there. */
export interface GroupedOptions { gap?: number; viewport?: { width: number; height: number }; fontPx?: number }

/**
 * Groups (by `group`, largest first), each a sunflower of its actors by centrality under a band
 * holding the group's name (`groupLabel`, else the group key), packed in rows to the viewport's
 * shape. The names are sized so that with the whole arrangement fitted to the viewport they are
 * `fontPx` on screen (the size depends on the packing, which depends on the size: a few rounds).
 */
export function groupedWithLabels(nodes: readonly ArrangeNode[], options: GroupedOptions = {}): { positions: Record<string, Point>; labels: GroupLabel[] } {
  const { gap = 18, viewport = { width: 1000, height: 600 }, fontPx = 13 } = options;
  const groups = new Map<string, ArrangeNode[]>();
  for (const n of nodes) (groups.get(n.group) ?? groups.set(n.group, []).get(n.group)!).push(n);
  const laid = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([key, members]) => {
      const sorted = [...members].sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : 1));
      return { key, text: members.find((m) => m.groupLabel)?.groupLabel ?? key, members: sorted, ...sunflower(sorted, gap) };
    });
  const aspect = Math.max(0.3, Math.min(4, viewport.width / Math.max(1, viewport.height)));
  const pack = (fontSize: number) => {
    const band = 1.8 * fontSize;
    const cells = laid.map((g) => ({ ...g, w: Math.max(2 * g.radius, textWidth(g.text) * fontSize) + 3 * gap, h: 2 * g.radius + 3 * gap + band }));
    const area = cells.reduce((s, g) => s + g.w * g.h, 0);
    const rowWidth = Math.max(Math.sqrt(area * aspect) * 1.1, ...cells.map((g) => g.w));
    const positions: Record<string, Point> = {};
    const labels: GroupLabel[] = [];
    let x = 0, y = 0, rowHeight = 0, width = 0;
    for (const g of cells) {
      if (x > 0 && x + g.w > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
      const cx = x + g.w / 2, cy = y + band + (g.h - band) / 2;
      g.members.forEach((n, i) => { positions[n.id] = { x: cx + g.at[i].x, y: cy + g.at[i].y }; });
      labels.push({ group: g.key, text: g.text, x: cx, y: cy - g.radius - band / 2, fontSize, width: g.w - gap });
      x += g.w;
      width = Math.max(width, x);
      rowHeight = Math.max(rowHeight, g.h);
    }
    const zoom = Math.min(viewport.width / Math.max(1, width), viewport.height / Math.max(1, y + rowHeight));
    return { positions, labels, zoom };
  };
  let fontSize = 14;
  let laidOut = pack(fontSize);
  for (let round = 0; round < 4; round++) {
    const wanted = fontPx / laidOut.zoom;
    if (Math.abs(wanted - fontSize) < 0.05 * fontSize) break;
    fontSize = wanted;
    laidOut = pack(fontSize);
  }
  return { positions: laidOut.positions, labels: laidOut.labels };
}

/** Positions of `groupedWithLabels`. */
export function grouped(nodes: readonly ArrangeNode[], options: GroupedOptions = {}): Record<string, Point> {
  return groupedWithLabels(nodes, options).positions;
}

/** Rings by centrality: the most central actor in the middle, each ring as full as its circumference allows. */
export function concentric(nodes: readonly ArrangeNode[], gap = 16): Record<string, Point> {
  const sorted = [...nodes].sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : 1));
  const out: Record<string, Point> = {};
  const step = Math.max(...nodes.map((n) => n.size), 14) + gap;
  let i = 0, ring = 0;
  while (i < sorted.length) {
    const r = ring * step * 1.6;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * r) / step);
    const count = Math.min(capacity, sorted.length - i);
    for (let k = 0; k < count; k++) {
      const a = (2 * Math.PI * k) / count + ring * 0.5; // a ring's start turns, so rings do not line up
      out[sorted[i + k].id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
    }
    i += count;
    ring++;
  }
  return out;
}

/** Positions for an arrangement, and for the grouped ones the names of the groups. */
export function arrange(arrangement: Exclude<Arrangement, 'force'>, nodes: readonly ArrangeNode[], viewport?: { width: number; height: number }): { positions: Record<string, Point>; labels: GroupLabel[] } {
  return arrangement === 'concentric' ? { positions: concentric(nodes), labels: [] } : groupedWithLabels(nodes, { viewport });
}
