import { useQuery } from 'urql';
import { COLOR_BYS, SHAPE_BYS, SIZE_BYS } from '../graph/styling';
import { ARRANGEMENTS } from '../graph/arrange';
import { graphql } from '../gql';
import type { ActorKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { ACTOR_KINDS, DEFAULT_STATE, hasFilters, type MapState } from './urlState';
import { ErrorBox } from '../ui/QueryState';

export const MapOptionsQuery = graphql(`
  query MapOptions($language: Language) {
    regions { id name: label kind }
    themes { id name(language: $language) }
    plans(first: 500) { edges { node { id title shortTitle } } }
    networks(first: 500) { edges { node { id name } } }
  }
`);

const FIRST_YEAR = 2000;
const THIS_YEAR = new Date().getFullYear();

/** The map's filters; every change goes to the URL (the caller's `update`). */
export function MapFilters({ state, update }: { state: MapState; update: (patch: Partial<MapState>) => void }) {
  const { t, lang } = useI18n();
  // Regions by label (a county's period tells old and new apart), themes in the UI's language.
  const [{ data, error }, reexecute] = useQuery({ query: MapOptionsQuery, variables: { language: lang === 'en' ? 'EN' : 'NB' } });
  const year = state.asOf ? Number(state.asOf.slice(0, 4)) : THIS_YEAR;
  const select = (key: 'region' | 'theme' | 'plan' | 'network', label: string, options: { id: string; name: string }[]) => (
    <div className="field">
      <label htmlFor={`f-${key}`}>{label}</label>
      <select id={`f-${key}`} value={state[key] ?? ''} onChange={(e) => update({ [key]: e.target.value || undefined })}>
        <option value="">{t('common.all')}</option>
        {state[key] && !options.some((o) => o.id === state[key]) && <option value={state[key]}>{state[key]}</option>}
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </select>
    </div>
  );
  const byName = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return (
    <section aria-labelledby="filters-heading" className="filters">
      <h2 id="filters-heading">{t('filters.heading')}</h2>
      {error && !data && <ErrorBox error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {select('region', t('filters.region'), byName(data?.regions ?? []))}
      {select('theme', t('filters.theme'), byName(data?.themes ?? []))}
      {select('plan', t('filters.plan'), (data?.plans.edges ?? []).map((e) => ({ id: e.node.id, name: e.node.shortTitle ?? e.node.title })))}
      {select('network', t('filters.network'), byName((data?.networks.edges ?? []).map((e) => e.node)))}
      <fieldset className="kinds">
        <legend>{t('filters.kinds')}</legend>
        <div className="kind-list">
          {ACTOR_KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={state.kinds.includes(k)}
                onChange={(e) => update({ kinds: e.target.checked ? [...state.kinds, k] : state.kinds.filter((x: ActorKind) => x !== k) })}
              />
              {t(`kind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="f-minWeight">{t('filters.minWeight')}</label>
        <input id="f-minWeight" type="number" min={1} max={20} value={state.minWeight}
          onChange={(e) => { const v = Math.max(1, Math.min(20, Number(e.target.value) || 1)); update({ minWeight: v }); }} />
      </div>
      <fieldset>
        <legend>{t('filters.asOf')}</legend>
        <label className="check">
          <input type="checkbox" checked={!!state.asOf} onChange={(e) => update({ asOf: e.target.checked ? String(year) : undefined })} />
          {t('filters.asOfEnable')}
        </label>
        <label htmlFor="f-asOf" className="sr-only">{t('filters.asOf')}</label>
        <input id="f-asOf" type="range" min={FIRST_YEAR} max={THIS_YEAR} step={1} value={year} disabled={!state.asOf}
          aria-valuetext={t('filters.asOfValue', { year })}
          onChange={(e) => update({ asOf: e.target.value })} />
        <output htmlFor="f-asOf" className={state.asOf ? '' : 'muted'}>{state.asOf ? t('filters.asOfValue', { year: state.asOf }) : t('common.all')}</output>
        <label className="check">
          <input type="checkbox" checked={!!state.compare} onChange={(e) => update({ compare: e.target.checked ? String(Math.max(FIRST_YEAR, year - 5)) : undefined })} />
          {t('filters.compareEnable')}
        </label>
        {state.compare && (
          <>
            <label htmlFor="f-compare" className="sr-only">{t('filters.compare')}</label>
            <input id="f-compare" type="range" min={FIRST_YEAR} max={THIS_YEAR} step={1} value={Number(state.compare.slice(0, 4))}
              aria-valuetext={t('filters.asOfValue', { year: state.compare })} onChange={(e) => update({ compare: e.target.value })} />
            <output htmlFor="f-compare">{t('filters.compareValue', { year: state.compare })}</output>
            <p className="hint compare-key"><span className="key-appeared">━</span> {t('legend.appeared')} <span className="key-ended">┅</span> {t('legend.ended')}</p>
          </>
        )}
      </fieldset>
      <fieldset className="inline">
        <legend>{t('filters.color')}</legend>
        {COLOR_BYS.map((c) => (
          <label key={c} className="check"><input type="radio" name="color" checked={state.color === c} onChange={() => update({ color: c })} />{t(`filters.color.${c}`)}</label>
        ))}
      </fieldset>
      <fieldset className="inline">
        <legend>{t('filters.size')}</legend>
        {SIZE_BYS.map((s) => (
          <label key={s} className="check"><input type="radio" name="size" checked={state.size === s} onChange={() => update({ size: s })} />{t(`filters.size.${s}`)}</label>
        ))}
      </fieldset>
      <fieldset className="inline">
        <legend>{t('filters.layout')}</legend>
        {ARRANGEMENTS.map((a) => (
          <label key={a} className="check"><input type="radio" name="layout" checked={state.layout === a} onChange={() => update({ layout: a })} />{t(`filters.layout.${a}`)}</label>
        ))}
      </fieldset>
      <fieldset className="inline">
        <legend>{t('filters.shape')}</legend>
        {SHAPE_BYS.map((s) => (
          <label key={s} className="check"><input type="radio" name="shape" checked={state.shape === s} onChange={() => update({ shape: s })} />{t(`filters.shape.${s}`)}</label>
        ))}
      </fieldset>
      {hasFilters(state) && (
        <button type="button" onClick={() => update({ region: undefined, theme: undefined, plan: undefined, network: undefined, asOf: undefined, compare: undefined, kinds: DEFAULT_STATE.kinds, minWeight: DEFAULT_STATE.minWeight })}>
          {t('filters.reset')}
        </button>
      )}
    </section>
  );
}

/** The highlight picker: a network's members or a plan's responsible actors. */
export function HighlightPicker({ state, update, count, visible }: { state: MapState; update: (patch: Partial<MapState>) => void; count: number | null; visible: number | null }) {
  const { t, lang } = useI18n();
  const [{ data }] = useQuery({ query: MapOptionsQuery, variables: { language: lang === 'en' ? 'EN' : 'NB' } });
  const networks = [...(data?.networks.edges ?? [])].map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const plans = (data?.plans.edges ?? []).map((e) => e.node);
  return (
    <div className="field">
      <label htmlFor="f-highlight">{t('highlight.label')}</label>
      <select id="f-highlight" value={state.highlight ?? ''} onChange={(e) => update({ highlight: e.target.value || undefined })}>
        <option value="">{t('highlight.none')}</option>
        {state.highlight && !networks.some((n) => n.id === state.highlight) && !plans.some((p) => p.id === state.highlight) &&
          <option value={state.highlight}>{state.highlight}</option>}
        <optgroup label={t('highlight.networks')}>
          {networks.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
        </optgroup>
        <optgroup label={t('highlight.plans')}>
          {plans.map((p) => <option key={p.id} value={p.id}>{p.shortTitle ?? p.title}</option>)}
        </optgroup>
      </select>
      {count !== null && <p className="hint" role="status">
        {visible === null || visible === count ? t('highlight.count', { count }) : t('highlight.countVisible', { visible, count })}
      </p>}
    </div>
  );
}
