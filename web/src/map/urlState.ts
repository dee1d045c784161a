/**
 * The map's state as it lives in the query string, so a view can be shared as a link and survives a
 * reload: `?region=region:moss&kinds=POLICE,NAV&minWeight=2&asOf=2016&color=community&focus=actor:imdi-ost`.
 * Pure: parse and serialise are unit-tested, and parse(serialise(s)) equals s.
 */
import type { ActorKind, CollaborationFilter } from '../gql/graphql';

export const ACTOR_KINDS: readonly ActorKind[] = [
  'MINISTRY', 'DIRECTORATE', 'REGIONAL_OFFICE', 'AGENCY', 'COUNTY_GOVERNOR', 'COUNTY_AUTHORITY', 'MUNICIPALITY',
  'MUNICIPAL_SERVICE', 'CITY_DISTRICT', 'POLICE', 'SCHOOL', 'CRISIS_CENTRE', 'FAMILY_COUNSELLING', 'CHILD_WELFARE',
  'HEALTH', 'NAV', 'COMPETENCE_CENTRE', 'RESEARCH', 'NGO', 'EMBASSY', 'POLITICAL_BODY', 'OTHER_PUBLIC', 'GENERIC_ROLE',
];

export type ColorBy = 'kind' | 'community';
export type SizeBy = 'betweenness' | 'degree';

export interface MapState {
  region?: string;
  theme?: string;
  plan?: string;
  network?: string;
  /** Actor kinds to keep; empty means all. */
  kinds: ActorKind[];
  /** Minimum edge weight, 1 or more. */
  minWeight: number;
  /** Only collaboration valid at this date (a year from the slider, or any ISO date from a link). */
  asOf?: string;
  color: ColorBy;
  size: SizeBy;
  /** The selected actor: centred, highlighted and shown in the side panel. */
  focus?: string;
  /** Actors whose neighbours were added to the map. */
  expand: string[];
  /** A network or plan whose members / responsible actors are highlighted. */
  highlight?: string;
  /** Path finder ends. */
  from?: string;
  to?: string;
  view: 'graph' | 'table';
}

export const DEFAULT_STATE: MapState = { kinds: [], minWeight: 1, color: 'kind', size: 'betweenness', expand: [], view: 'graph' };

const ID = /^[a-z]+:[a-z0-9][a-z0-9\-_/.]*$/i;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const id = (v: string | null) => (v && ID.test(v) ? v : undefined);

/** Reads the state from a query string; anything malformed falls back to the default. */
export function parseMapState(search: string): MapState {
  const q = new URLSearchParams(search);
  const kinds = (q.get('kinds') ?? '').split(',').filter((k): k is ActorKind => (ACTOR_KINDS as string[]).includes(k));
  const minWeight = Number(q.get('minWeight'));
  const asOf = q.get('asOf');
  const expand = (q.get('expand') ?? '').split(',').filter((v) => ID.test(v));
  return {
    region: id(q.get('region')),
    theme: id(q.get('theme')),
    plan: id(q.get('plan')),
    network: id(q.get('network')),
    kinds: [...new Set(kinds)],
    minWeight: Number.isInteger(minWeight) && minWeight >= 1 && minWeight <= 100 ? minWeight : 1,
    asOf: asOf && DATE.test(asOf) ? asOf : undefined,
    color: q.get('color') === 'community' ? 'community' : 'kind',
    size: q.get('size') === 'degree' ? 'degree' : 'betweenness',
    focus: id(q.get('focus')),
    expand: [...new Set(expand)],
    highlight: id(q.get('highlight')),
    from: id(q.get('from')),
    to: id(q.get('to')),
    view: q.get('view') === 'table' ? 'table' : 'graph',
  };
}

/** Writes the state as a query string without the leading `?`, leaving defaults out, in a fixed order. */
export function serialiseMapState(s: MapState): string {
  const q = new URLSearchParams();
  const put = (k: string, v: string | undefined) => { if (v) q.set(k, v); };
  put('region', s.region);
  put('theme', s.theme);
  put('plan', s.plan);
  put('network', s.network);
  if (s.kinds.length) q.set('kinds', s.kinds.join(','));
  if (s.minWeight > 1) q.set('minWeight', String(s.minWeight));
  put('asOf', s.asOf);
  if (s.color !== 'kind') q.set('color', s.color);
  if (s.size !== 'betweenness') q.set('size', s.size);
  put('focus', s.focus);
  if (s.expand.length) q.set('expand', s.expand.join(','));
  put('highlight', s.highlight);
  put('from', s.from);
  put('to', s.to);
  if (s.view !== 'graph') q.set('view', s.view);
  // Ids read better with ':' and '/' unescaped; both are legal in a query string.
  return q.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

/** The API filter for the state (the view settings are client-side only). */
export function toFilter(s: MapState): CollaborationFilter {
  const f: CollaborationFilter = {};
  if (s.region) f.region = s.region;
  if (s.theme) f.theme = s.theme;
  if (s.plan) f.plan = s.plan;
  if (s.network) f.network = s.network;
  if (s.kinds.length) f.actorKinds = s.kinds;
  if (s.minWeight > 1) f.minWeight = s.minWeight;
  if (s.asOf) f.asOf = s.asOf;
  return f;
}

/** True when any data filter is set (used to offer "reset"). */
export function hasFilters(s: MapState): boolean {
  return Object.keys(toFilter(s)).length > 0;
}
