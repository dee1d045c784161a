import { useI18n } from '../i18n';
import { KIND_GROUPS, OTHER_COMMUNITY_COLOR, COMMUNITY_COLORS, shapePoints, type KindGroup, type NodeShape } from '../graph/kinds';
import type { ColorBy, SizeBy } from './urlState';

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

/** What colours, shapes, sizes and line widths mean, for the current colouring. */
export function Legend({ colorBy, sizeBy, communities }: { colorBy: ColorBy; sizeBy: SizeBy; communities: number[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="legend-heading" className="legend">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      <ul>
        {colorBy === 'kind'
          ? (Object.keys(KIND_GROUPS) as KindGroup[]).map((g) => (
            <li key={g}><Swatch color={KIND_GROUPS[g].color} shape={KIND_GROUPS[g].shape} dashed={g === 'generic'} /> {t(`kindgroup.${g}`)}</li>
          ))
          : communities.slice(0, COMMUNITY_COLORS.length + 1).map((c) => (
            <li key={c}><Swatch color={COMMUNITY_COLORS[c] ?? OTHER_COMMUNITY_COLOR} shape="ellipse" /> {t('legend.community', { n: c })}{c >= COMMUNITY_COLORS.length ? ' +' : ''}</li>
          ))}
      </ul>
      <p>{t('legend.size', { metric: sizeBy === 'degree' ? t('filters.sizeDegree') : t('filters.sizeBetweenness') })}</p>
      <p>{t('legend.width')}</p>
      <p>{t('legend.cut')}</p>
    </section>
  );
}
