import { useI18n } from '../i18n';
import { KIND_GROUPS, OTHER_COMMUNITY_COLOR, COMMUNITY_COLORS, kindGroup, shapePoints, type KindGroup, type NodeShape } from '../graph/kinds';
import type { CommunityInfo } from '../graph/communities';
import type { ColorBy, ShapeBy, SizeBy } from './urlState';
import { centralityColor, LEVELS, NO_LEVEL, regionColor, regionOrder } from '../graph/styling';
import type { Level } from '../gql/graphql';

/** The legend entry (`off` key) an actor belongs to under a colouring; centrality has none. */
export function legendKey(n: { kind?: string | null; isGenericRole: boolean; community: number; level?: string | null; region?: string | null }, colorBy: ColorBy): string {
  switch (colorBy) {
    case 'kind': return `kind:${kindGroup(n.kind, n.isGenericRole)}`;
    case 'community': return `community:${n.community}`;
    case 'level': return `level:${n.level ?? 'NONE'}`;
    case 'region': return `region:${n.region ?? 'none'}`;
    default: return '';
  }
}

function Swatch({ color, shape, dashed }: { color: string; shape: NodeShape; dashed?: boolean }) {
  const points = shapePoints(shape);
  const stroke = dashed ? { stroke: '#555', strokeDasharray: '2 2', strokeWidth: 1.5 } : {};
  return (
    <svg width="18" height="18" viewBox="-1 -1 22 22" aria-hidden="true" focusable="false">
      {points ? <polygon points={points} fill={color} {...stroke} />
        : shape === 'round-rectangle' ? <rect x="1" y="1" width="18" height="18" rx="4" fill={color} {...stroke} />
          : <circle cx="10" cy="10" r="9" fill={color} {...stroke} />}
    </svg>
  );
}

/** How many communities the legend names one by one; the rest share grey and one line. */
const NAMED_COMMUNITIES = COMMUNITY_COLORS.length;

/**
 * What colours, shapes, sizes and line widths mean, for the current colouring. Each entry is a
 * toggle (as in Kumu): clicking it hides or shows those actors; `off` holds the keys switched off.
 */
export function Legend({ colorBy, sizeBy, shapeBy, communities, counts, off, onToggle, nodes, regionNames }: {
  colorBy: ColorBy; sizeBy: SizeBy; shapeBy: ShapeBy; communities: CommunityInfo[]; counts: Partial<Record<KindGroup, number>>;
  off: readonly string[]; onToggle: (key: string) => void;
  nodes: readonly { kind?: string | null; isGenericRole: boolean; community: number; level?: string | null; region?: string | null }[];
  regionNames: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const kindShape = (g: KindGroup): NodeShape => (shapeBy === 'kind' ? KIND_GROUPS[g].shape : 'ellipse');
  const tally = (key: (n: (typeof nodes)[number]) => string) => {
    const m = new Map<string, number>();
    for (const n of nodes) m.set(key(n), (m.get(key(n)) ?? 0) + 1);
    return m;
  };
  const levels = colorBy === 'level' ? tally((n) => n.level ?? 'NONE') : new Map<string, number>();
  const regionCounts = colorBy === 'region' ? tally((n) => n.region ?? 'none') : new Map<string, number>();
  const regions = colorBy === 'region' ? regionOrder(nodes.map((n) => n.region)) : [];
  const entry = (key: string, swatch: React.ReactNode, label: string, count: number) => (
    <li key={key}>
      <button type="button" className="legend-toggle" aria-pressed={!off.includes(key)} onClick={() => onToggle(key)}
        title={off.includes(key) ? t('legend.show') : t('legend.hide')}>
        {swatch}<span className="legend-label">{label}</span><span className="legend-count">{count}</span>
      </button>
    </li>
  );
  const named = communities.filter((c) => c.id < NAMED_COMMUNITIES);
  const rest = communities.filter((c) => c.id >= NAMED_COMMUNITIES);
  return (
    <section aria-labelledby="legend-heading" className="legend">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <p className="hint">{t('legend.toggleHint')}</p>
      <ul data-testid="legend-entries">
        {colorBy === 'level' && [...Object.keys(LEVELS), 'NONE'].filter((l) => levels.get(l) || off.includes(`level:${l}`)).map((l) =>
          entry(`level:${l}`, <Swatch color={(LEVELS[l] ?? NO_LEVEL).color} shape={shapeBy === 'level' ? (LEVELS[l] ?? NO_LEVEL).shape : 'ellipse'} />,
            l === 'NONE' ? t('legend.noLevel') : t(`level.${l as Level}`), levels.get(l) ?? 0))}
        {colorBy === 'region' && [...regions, ...(regionCounts.has('none') ? ['none'] : [])].map((r) =>
          entry(`region:${r}`, <Swatch color={regionColor(regions, r === 'none' ? null : r)} shape="ellipse" />,
            r === 'none' ? t('legend.noRegion') : regionNames.get(r) ?? r, regionCounts.get(r) ?? 0))}
        {colorBy === 'centrality' && (
          <li className="legend-gradient">
            <Swatch color={centralityColor(0, 1)} shape="ellipse" /> {t('legend.centralityLow')}
            <Swatch color={centralityColor(1, 1)} shape="ellipse" /> {t('legend.centralityHigh')}
          </li>
        )}
        {colorBy === 'kind' && (Object.keys(KIND_GROUPS) as KindGroup[]).filter((g) => counts[g] || off.includes(`kind:${g}`)).map((g) =>
          entry(`kind:${g}`, <Swatch color={KIND_GROUPS[g].color} shape={kindShape(g)} dashed={g === 'generic'} />, t(`kindgroup.${g}`), counts[g] ?? 0))}
        {colorBy === 'community' && named.map((c) => entry(`community:${c.id}`, <Swatch color={COMMUNITY_COLORS[c.id]} shape="ellipse" />,
            c.dominant ? t('legend.communityKind', { kind: shortGroup(t(`kindgroup.${c.dominant}`)), hub: c.hub, count: c.size - 1 }) : t('legend.communityAround', { hub: c.hub, count: c.size - 1 }), c.size))}
        {colorBy === 'community' && rest.length > 0 && (
          <li><Swatch color={OTHER_COMMUNITY_COLOR} shape="ellipse" /> {t('legend.otherCommunities', { count: rest.length })}</li>
        )}
      </ul>
      <p>{t('legend.size', { metric: t(`filters.size.${sizeBy}`) })}</p>
      {shapeBy !== 'kind' && <p>{t('legend.shape', { attribute: t(`filters.shape.${shapeBy}`) })}</p>}
      <p>{t('legend.width')}</p>
      <p>{t('legend.cut')}</p>
    </section>
  );
}

/** "Tjenester (skole, helse, …)" → "Tjenester": short enough for a community's name. */
export const shortGroup = (label: string) => label.replace(/ \(.*\)$/, '');

/** A community's name for panels and tooltips. */
export function communityName(t: ReturnType<typeof useI18n>['t'], c: CommunityInfo | undefined, id: number): string {
  if (!c) return String(id);
  return c.dominant ? t('legend.communityKind', { kind: shortGroup(t(`kindgroup.${c.dominant}`)), hub: c.hub, count: c.size - 1 }) : t('legend.communityAround', { hub: c.hub, count: c.size - 1 });
}
