import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, hasFilters, isValidDate, mapParamProblems, parseMapState, serialiseMapState, toFilter, type MapState } from '../../web/src/map/urlState';
import { entityPath, parsePath } from '../../web/src/router';
import { parseGapsState } from '../../web/src/gaps/GapsPage';

describe('map URL state', () => {
  it('reads an empty query string as the default view', () => {
    expect(parseMapState('')).toEqual(DEFAULT_STATE);
    expect(serialiseMapState(DEFAULT_STATE)).toBe('');
  });

  it('round-trips every field, with readable ids and a fixed order', () => {
    const s: MapState = {
      region: 'region:moss', theme: 'theme:tvangsekteskap', plan: 'plan:moss-vold-2017', network: 'network:ostlandsnettverket',
      kinds: ['POLICE', 'NAV'], minWeight: 2, asOf: '2016', color: 'community', size: 'degree', shape: 'level', layout: 'concentric', focus: 'actor:imdi-ost',
      expand: ['actor:imdi-ost', 'actor:bufdir'], depth: { 'actor:bufdir': 3 }, sel: ['actor:a', 'actor:b'], mark: ['actor:a'], open: [3, 0], highlight: 'network:ostlandsnettverket', from: 'actor:imdi-ost', to: 'actor:rvts-sor', view: 'table',
      off: ['kind:police', 'community:3', 'level:COUNTY', 'region:region:agder'], hide: ['actor:bufdir'],
    };
    const q = serialiseMapState(s);
    expect(q).toBe('region=region:moss&theme=theme:tvangsekteskap&plan=plan:moss-vold-2017&network=network:ostlandsnettverket'
      + '&kinds=POLICE,NAV&minWeight=2&asOf=2016&color=community&size=degree&shape=level&layout=concentric&focus=actor:imdi-ost&expand=actor:imdi-ost,actor:bufdir@3&sel=actor:a,actor:b&mark=actor:a&open=3,0'
      + '&highlight=network:ostlandsnettverket&from=actor:imdi-ost&to=actor:rvts-sor&view=table&off=kind:police,community:3,level:COUNTY,region:region:agder&hide=actor:bufdir');
    expect(parseMapState(`?${q}`)).toEqual(s);
    // Also when a browser or a mail client escaped the separators.
    expect(parseMapState(`?${new URLSearchParams(q).toString()}`)).toEqual(s);
  });

  it('drops malformed values instead of failing', () => {
    const s = parseMapState('?kinds=POLICE,BOGUS,POLICE&minWeight=-3&asOf=last-year&color=red&focus=<script>&region=region:moss&view=x');
    expect(s.kinds).toEqual(['POLICE']);
    expect(s.minWeight).toBe(1);
    expect(s.asOf).toBeUndefined();
    expect(s.color).toBe('kind');
    expect(s.focus).toBeUndefined();
    expect(s.region).toBe('region:moss');
    expect(s.view).toBe('graph');
  });

  it('builds the API filter from the data filters only', () => {
    const s = parseMapState('?region=region:moss&kinds=POLICE&minWeight=3&asOf=2016-06&focus=actor:imdi-ost&color=community');
    expect(toFilter(s)).toEqual({ region: 'region:moss', actorKinds: ['POLICE'], minWeight: 3, asOf: '2016-06' });
    expect(hasFilters(s)).toBe(true);
    expect(hasFilters(parseMapState('?focus=actor:imdi-ost'))).toBe(false);
  });
});

describe('routes', () => {
  it('maps paths to routes and entity ids to readable paths', () => {
    expect(parsePath('/')).toEqual({ name: 'map' });
    expect(parsePath('/plans')).toEqual({ name: 'plans' });
    expect(parsePath('/plans/moss-vold-2017')).toEqual({ name: 'plan', id: 'plan:moss-vold-2017' });
    expect(parsePath('/measures/tve-2013-2016/11')).toEqual({ name: 'measure', id: 'measure:tve-2013-2016/11' });
    expect(parsePath('/actors/imdi-ost/')).toEqual({ name: 'actor', id: 'actor:imdi-ost' });
    expect(parsePath('/nowhere')).toEqual({ name: 'notFound' });
    expect(entityPath('measure:tve-2013-2016/11')).toBe('/measures/tve-2013-2016/11');
    expect(entityPath('network:ostlandsnettverket')).toBe('/networks/ostlandsnettverket');
    expect(entityPath('region:moss')).toBeNull();
    for (const id of ['actor:imdi-ost', 'plan:tve-2013-2016', 'measure:moss-vold-2017/3']) {
      const r = parsePath(entityPath(id)!);
      expect('id' in r && r.id).toBe(id);
    }
  });

  it('reads the gaps page state', () => {
    expect(parseGapsState('?plan=plan:moss-vold-2017&kinds=UNOWNED_MEASURE,NOPE&max=3')).toEqual({ plan: 'plan:moss-vold-2017', kinds: ['UNOWNED_MEASURE'], max: 3 });
    expect(parseGapsState('')).toEqual({ plan: undefined, kinds: [], max: 5 });
  });
});

describe('map URL validation', () => {
  it('keeps the selected edge, readable', () => {
    const s = parseMapState('?focus=actor:imdi-ost&edge=actor:imdi-ost~actor:rvts-ost');
    expect(s.edge).toBe('actor:imdi-ost~actor:rvts-ost');
    expect(serialiseMapState(s)).toBe('focus=actor:imdi-ost&edge=actor:imdi-ost~actor:rvts-ost');
    expect(parseMapState('?edge=actor:a').edge).toBeUndefined();
  });

  it('accepts only real dates', () => {
    expect(isValidDate('2016')).toBe(true);
    expect(isValidDate('2016-02')).toBe(true);
    expect(isValidDate('2016-02-29')).toBe(true);
    expect(isValidDate('2015-02-29')).toBe(false);
    expect(isValidDate('2016-13')).toBe(false);
    expect(isValidDate('16')).toBe(false);
    expect(parseMapState('?asOf=2016-13').asOf).toBeUndefined();
  });

  it('names every malformed value, and nothing when the link is fine', () => {
    expect(mapParamProblems('?region=region:moss&asOf=2016&minWeight=2&kinds=POLICE&focus=actor:imdi-ost')).toEqual([]);
    expect(mapParamProblems('?region=<x>&asOf=2016-13&minWeight=abc&kinds=POLICE,BOGUS&expand=actor:a,???&edge=x')).toEqual([
      { param: 'region', value: '<x>', reason: 'id' },
      { param: 'expand', value: '???', reason: 'id' },
      { param: 'asOf', value: '2016-13', reason: 'date' },
      { param: 'minWeight', value: 'abc', reason: 'weight' },
      { param: 'kinds', value: 'BOGUS', reason: 'kind' },
      { param: 'edge', value: 'x', reason: 'edge' },
    ]);
  });
});
