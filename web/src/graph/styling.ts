/**
 * Styling by attribute (as in Kumu): what colours, sizes and shapes can follow, and the values the
 * elements carry for each choice. Every element carries all of them (graphToElements), so changing
 * a rule is a stylesheet change, never a relayout. Pure.
 */
import type { NodeShape } from './kinds';

export type ColorBy = 'kind' | 'community' | 'level' | 'region' | 'centrality';
export type SizeBy = 'betweenness' | 'degree' | 'weightedDegree' | 'uniform';
export type ShapeBy = 'kind' | 'level' | 'none';

export const COLOR_BYS: readonly ColorBy[] = ['kind', 'community', 'level', 'region', 'centrality'];
export const SIZE_BYS: readonly SizeBy[] = ['betweenness', 'degree', 'weightedDegree', 'uniform'];
export const SHAPE_BYS: readonly ShapeBy[] = ['kind', 'level', 'none'];

/** Levels, from the widest to the narrowest, each with a colour (Okabe–Ito) and a shape. */
export const LEVELS: Record<string, { color: string; shape: NodeShape }> = {
  INTERNATIONAL: { color: '#cc79a7', shape: 'star' },
  NATIONAL: { color: '#0b4f8a', shape: 'round-rectangle' },
  REGIONAL: { color: '#3a9ad9', shape: 'hexagon' },
  COUNTY: { color: '#009e73', shape: 'octagon' },
  MUNICIPAL: { color: '#e69f00', shape: 'triangle' },
  LOCAL: { color: '#d55e00', shape: 'diamond' },
};
export const NO_LEVEL = { color: '#9a9a9a', shape: 'ellipse' as NodeShape };

/** Distinct colours for regions, given to the regions with the most actors first; the rest share grey. */
export const REGION_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#b2df8a', '#fb9a99', '#cab2d6', '#6a3d9a'] as const;
export const OTHER_REGION_COLOR = '#b0b0b0';

/** Region ids by how many actors each has (then id), for stable colours within a map. */
export function regionOrder(regions: readonly (string | null | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const r of regions) if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
}

export function regionColor(order: readonly string[], region: string | null | undefined): string {
  const i = region ? order.indexOf(region) : -1;
  return i >= 0 && i < REGION_COLORS.length ? REGION_COLORS[i] : OTHER_REGION_COLOR;
}

/** Centrality (betweenness relative to the largest) as a colour from pale to deep blue. */
export function centralityColor(value: number, max: number): string {
  const t = max > 0 ? Math.sqrt(Math.max(0, Math.min(1, value / max))) : 0;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t).toString(16).padStart(2, '0');
  return `#${mix(0xd6, 0x08)}${mix(0xe6, 0x30)}${mix(0xf2, 0x6b)}`;
}
