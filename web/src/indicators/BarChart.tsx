import { useId } from 'react';
import { useI18n } from '../i18n';

/** One bar series per year; patterns as well as shades tell the years apart, so colour is not needed. */
const SERIES = [
  { color: '#17324d', pattern: 'solid' },
  { color: '#3a7ab8', pattern: 'diagonal' },
  { color: '#7fb2e5', pattern: 'dots' },
  { color: '#c9822b', pattern: 'cross' },
  { color: '#6b8e23', pattern: 'vertical' },
] as const;

export interface BarChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** Grouped horizontal bars: one group per category (labels stay readable), one bar per series, values printed. */
export function BarChart({ title, data, unit }: { title: string; data: BarChartData; unit?: string }) {
  const { num } = useI18n();
  const uid = useId().replace(/:/g, '');
  const labelW = 220;
  const chartW = 460;
  const barH = 14;
  const groupGap = 12;
  const legendH = 28;
  const max = Math.max(1, ...data.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const groupH = data.series.length * barH + groupGap;
  const height = legendH + data.categories.length * groupH + 10;
  const width = labelW + chartW + 70;
  const scale = (v: number) => (v / max) * chartW;
  return (
    <svg role="img" aria-labelledby={`${uid}-title`} viewBox={`0 0 ${width} ${height}`} className="bar-chart" width="100%" style={{ maxWidth: width }}>
      <title id={`${uid}-title`}>{title}</title>
      <defs>
        {SERIES.map((s, i) => (
          <pattern key={i} id={`${uid}-p${i}`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={s.color} />
            {s.pattern === 'diagonal' && <path d="M0,6 L6,0" stroke="#fff" strokeWidth="1.2" />}
            {s.pattern === 'dots' && <circle cx="3" cy="3" r="1.2" fill="#17324d" />}
            {s.pattern === 'cross' && <path d="M0,0 L6,6 M6,0 L0,6" stroke="#fff" strokeWidth="1" />}
            {s.pattern === 'vertical' && <path d="M3,0 L3,6" stroke="#fff" strokeWidth="1.2" />}
          </pattern>
        ))}
      </defs>
      <g aria-hidden="true">
        {data.series.filter((s) => s.name).map((s, i) => (
          <g key={s.name} transform={`translate(${labelW + i * 90},4)`}>
            <rect width="16" height="14" fill={`url(#${uid}-p${i % SERIES.length})`} stroke="#333" strokeWidth="0.5" />
            <text x="22" y="12" fontSize="12">{s.name}</text>
          </g>
        ))}
      </g>
      {data.categories.map((c, ci) => {
        const y0 = legendH + ci * groupH;
        return (
          <g key={c}>
            <text x={labelW - 8} y={y0 + (data.series.length * barH) / 2 + 4} textAnchor="end" fontSize="12">
              {c.length > 30 ? `${c.slice(0, 29)}…` : c}{c.length > 30 && <title>{c}</title>}
            </text>
            {data.series.map((s, si) => {
              const v = s.values[ci];
              if (v == null) return null;
              const y = y0 + si * barH;
              return (
                <g key={s.name}>
                  <rect x={labelW} y={y + 1} width={Math.max(1, scale(v))} height={barH - 2} fill={`url(#${uid}-p${si % SERIES.length})`} stroke="#333" strokeWidth="0.5">
                    <title>{`${c}, ${s.name}: ${num(v)}${unit ? ` ${unit}` : ''}`}</title>
                  </rect>
                  <text x={labelW + scale(v) + 4} y={y + barH - 3} fontSize="11">{num(v)}</text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={labelW} x2={labelW} y1={legendH - 4} y2={height - 6} stroke="#333" />
    </svg>
  );
}
