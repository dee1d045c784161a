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

import { COLOR_BYS, SHAPE_BYS, SIZE_BYS, type ColorBy, type ShapeBy, type SizeBy } from '../graph/styling';
import { ARRANGEMENTS, type Arrangement } from '../graph/arrange';
export type { ColorBy, ShapeBy, SizeBy };

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
  /** An earlier date to compare with: what appeared since then and what ended is marked. */
  compare?: string;
  color: ColorBy;
  size: SizeBy;
  /** What node shapes follow (default: the actor's kind). */
  shape: ShapeBy;
  /** The layout: force-directed (default), grouped by region or kind, or rings by centrality. */
  layout: Arrangement;
  /** The selected actor: centred, highlighted and shown in the side panel. */
  focus?: string;
  /** The selected collaboration edge (`actor:a~actor:b`), explained in the side panel; focus is kept. */
  edge?: string;
  /** Actors whose neighbours were added to the map. */
  expand: string[];
  /** How many hops out an expansion goes, for those expanded beyond their direct collaborators (2 or 3; `expand=actor:a@2`). */
  depth: Record<string, number>;
  /** Actors selected together (shift/ctrl-click, box select), for actions on all of them. */
  sel: string[];
  /** Actors marked (highlighted) from a selection; everything else fades. */
  mark: string[];
  /** Communities shown with their actors while a large graph is aggregated into communities. */
  open: number[];
  /** A network or plan whose members / responsible actors are highlighted. */
  highlight?: string;
  /** Path finder ends. */
  from?: string;
  to?: string;
  view: 'graph' | 'table';
  /** Actors the user hid from the map (Bloom's "dismiss"). */
  hide: string[];
  /** The saved view this map was opened from (`view:…`); its pinned positions apply while it is set. */
  saved?: string;
  /** Legend entries switched off (`kind:police`, `community:3`): their actors are hidden. */
  off: string[];
}

export const DEFAULT_STATE: MapState = { kinds: [], minWeight: 1, color: 'kind', size: 'betweenness', shape: 'kind', layout: 'force', expand: [], depth: {}, sel: [], mark: [], open: [], view: 'graph', off: [], hide: [] };

const ID = /^[a-z]+:[a-z0-9][a-z0-9\-_/.]*$/i;
/** An expanded actor, with the depth after `@` when it is more than one hop. */
const EXPANSION = /^[a-z]+:[a-z0-9][a-z0-9\-_/.]*(@[1-3])?$/i;
const OFF = /^(kind:[a-z]+|community:\d+|level:[A-Z_]+|region:[a-z]+:[a-z0-9][a-z0-9\-_/.]*)$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const id = (v: string | null) => (v && ID.test(v) ? v : undefined);
const edgeIdOk = (v: string | null) => !!v && v.split('~').length === 2 && v.split('~').every((x) => ID.test(x));

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month and day (2016-02-30 is not one). */
export function isValidDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number);
  if (y < 1900 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A query-string value the map could not use; shown to the user, never silently dropped. */
export interface ParamProblem { param: string; value: string; reason: 'id' | 'date' | 'weight' | 'kind' | 'edge' }

/**
 * The malformed values in a query string (what parseMapState falls back from). Unknown but
 * well-formed ids (a region that does not exist) are found by the page, which knows the data.
 */
export function mapParamProblems(search: string): ParamProblem[] {
  const q = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  for (const param of ['region', 'theme', 'plan', 'network', 'focus', 'highlight', 'from', 'to', 'saved']) {
    const v = q.get(param);
    if (v && !ID.test(v)) problems.push({ param, value: v, reason: 'id' });
  }
  for (const v of (q.get('expand') ?? '').split(',').filter(Boolean)) if (!EXPANSION.test(v)) problems.push({ param: 'expand', value: v, reason: 'id' });
  for (const param of ['sel', 'mark']) for (const v of (q.get(param) ?? '').split(',').filter(Boolean)) if (!ID.test(v)) problems.push({ param, value: v, reason: 'id' });
  const asOf = q.get('asOf');
  if (asOf && !isValidDate(asOf)) problems.push({ param: 'asOf', value: asOf, reason: 'date' });
  const compare = q.get('compare');
  if (compare && !isValidDate(compare)) problems.push({ param: 'compare', value: compare, reason: 'date' });
  const w = q.get('minWeight');
  if (w && !(Number.isInteger(Number(w)) && Number(w) >= 1 && Number(w) <= 100)) problems.push({ param: 'minWeight', value: w, reason: 'weight' });
  for (const k of (q.get('kinds') ?? '').split(',').filter(Boolean)) if (!(ACTOR_KINDS as string[]).includes(k)) problems.push({ param: 'kinds', value: k, reason: 'kind' });
  const edge = q.get('edge');
  if (edge && !edgeIdOk(edge)) problems.push({ param: 'edge', value: edge, reason: 'edge' });
  return problems;
}

/** Reads the state from a query string; anything malformed falls back to the default. */
export function parseMapState(search: string): MapState {
  const q = new URLSearchParams(search);
  const kinds = (q.get('kinds') ?? '').split(',').filter((k): k is ActorKind => (ACTOR_KINDS as string[]).includes(k));
  const minWeight = Number(q.get('minWeight'));
  const asOf = q.get('asOf');
  const expansions = (q.get('expand') ?? '').split(',').filter((v) => EXPANSION.test(v)).map((v) => v.split('@'));
  const expand = expansions.map(([x]) => x);
  const depth = Object.fromEntries(expansions.filter(([, d]) => d && Number(d) > 1).map(([x, d]) => [x, Number(d)]));
  const ids = (param: string) => [...new Set((q.get(param) ?? '').split(',').filter((v) => ID.test(v)))];
  return {
    region: id(q.get('region')),
    theme: id(q.get('theme')),
    plan: id(q.get('plan')),
    network: id(q.get('network')),
    kinds: [...new Set(kinds)],
    minWeight: Number.isInteger(minWeight) && minWeight >= 1 && minWeight <= 100 ? minWeight : 1,
    asOf: asOf && isValidDate(asOf) ? asOf : undefined,
    compare: q.get('compare') && isValidDate(q.get('compare')!) ? q.get('compare')! : undefined,
    color: (COLOR_BYS as string[]).includes(q.get('color') ?? '') ? q.get('color') as ColorBy : 'kind',
    size: (SIZE_BYS as string[]).includes(q.get('size') ?? '') ? q.get('size') as SizeBy : 'betweenness',
    shape: (SHAPE_BYS as string[]).includes(q.get('shape') ?? '') ? q.get('shape') as ShapeBy : 'kind',
    layout: (ARRANGEMENTS as string[]).includes(q.get('layout') ?? '') ? q.get('layout') as Arrangement : 'force',
    focus: id(q.get('focus')),
    edge: edgeIdOk(q.get('edge')) ? q.get('edge')! : undefined,
    expand: [...new Set(expand)],
    depth,
    sel: ids('sel'),
    mark: ids('mark'),
    open: [...new Set((q.get('open') ?? '').split(',').filter((v) => /^\d{1,6}$/.test(v)).map(Number))],
    highlight: id(q.get('highlight')),
    from: id(q.get('from')),
    to: id(q.get('to')),
    view: q.get('view') === 'table' ? 'table' : 'graph',
    off: [...new Set((q.get('off') ?? '').split(',').filter((v) => OFF.test(v)))],
    saved: id(q.get('saved')),
    hide: [...new Set((q.get('hide') ?? '').split(',').filter((v) => ID.test(v)))],
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
  put('compare', s.compare);
  if (s.color !== 'kind') q.set('color', s.color);
  if (s.size !== 'betweenness') q.set('size', s.size);
  if (s.shape !== 'kind') q.set('shape', s.shape);
  if (s.layout !== 'force') q.set('layout', s.layout);
  put('focus', s.focus);
  put('edge', s.edge);
  if (s.expand.length) q.set('expand', s.expand.map((x) => (s.depth[x] > 1 ? `${x}@${s.depth[x]}` : x)).join(','));
  if (s.sel.length) q.set('sel', s.sel.join(','));
  if (s.mark.length) q.set('mark', s.mark.join(','));
  if (s.open.length) q.set('open', s.open.join(','));
  put('highlight', s.highlight);
  put('from', s.from);
  put('to', s.to);
  if (s.view !== 'graph') q.set('view', s.view);
  if (s.off.length) q.set('off', s.off.join(','));
  if (s.hide.length) q.set('hide', s.hide.join(','));
  put('saved', s.saved);
  // Ids read better with ':' and '/' unescaped; both are legal in a query string.
  return q.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%7E/gi, '~').replace(/%40/gi, '@');
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
