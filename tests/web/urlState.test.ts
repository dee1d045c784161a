import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, hasFilters, parseMapState, serialiseMapState, toFilter, type MapState } from '../../web/src/map/urlState';
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
      kinds: ['POLICE', 'NAV'], minWeight: 2, asOf: '2016', color: 'community', size: 'degree', focus: 'actor:imdi-ost',
      expand: ['actor:imdi-ost', 'actor:bufdir'], highlight: 'network:ostlandsnettverket', from: 'actor:imdi-ost', to: 'actor:rvts-sor', view: 'table',
    };
    const q = serialiseMapState(s);
    expect(q).toBe('region=region:moss&theme=theme:tvangsekteskap&plan=plan:moss-vold-2017&network=network:ostlandsnettverket'
      + '&kinds=POLICE,NAV&minWeight=2&asOf=2016&color=community&size=degree&focus=actor:imdi-ost&expand=actor:imdi-ost,actor:bufdir'
      + '&highlight=network:ostlandsnettverket&from=actor:imdi-ost&to=actor:rvts-sor&view=table');
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
