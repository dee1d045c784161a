import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../../web/src/edit/fieldErrors';
import { compareNumbers, sortMeasures } from '../../web/src/plans/MeasureTable';
import { toChartData } from '../../web/src/indicators/IndicatorsPage';
import { tableLayout } from '../../web/src/indicators/tables';
import { gapMapLink } from '../../web/src/gaps/GapsPage';
import type { MeasureRowFieldsFragment } from '../../web/src/gql/graphql';

describe('fieldErrorsOf', () => {
  it('places the API validation messages at their fields', () => {
    const r = fieldErrorsOf([
      { message: 'Name must be 1-200 characters.', extensions: { code: 'BAD_USER_INPUT', field: 'input.name' } },
      { message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fieldErrors: { source: 'Give a source.', 'input.parent': ['Unknown actor.'] } } },
      { message: 'Invalid input', extensions: { fieldErrors: [{ field: 'since', message: 'Use YYYY-MM-DD.' }] } },
      { message: 'You need the editor role.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(r.fields).toEqual({ name: 'Name must be 1-200 characters.', source: 'Give a source.', parent: 'Unknown actor.', since: 'Use YYYY-MM-DD.' });
    expect(r.general).toEqual(['You need the editor role.']);
  });
});

describe('measure table sorting', () => {
  const m = (number: string, title: string, status: string | null, responsible: string[], budget = 0) => ({
    id: `measure:p/${number}`, number, title,
    latestStatus: status ? { status: status as 'DONE', asOf: '2017', text: null } : null,
    statusHistory: [],
    responsibilities: responsible.map((name) => ({ role: 'LEAD' as const, note: null, actor: { id: `actor:${name}`, name, isGenericRole: false } })),
    budgets: budget ? [{ amountNok: budget, text: `${budget} kr`, year: null }] : [],
  }) as MeasureRowFieldsFragment;
  const rows = [m('10', 'Bravo', 'DONE', ['Moss kommune'], 100), m('2', 'alfa', 'NOT_DONE', []), m('3a', 'Charlie', null, ['Barnevernet'], 50)];

  it('sorts numbers naturally ("3a" after "2", before "10")', () => {
    expect(compareNumbers('3a', '10')).toBeLessThan(0);
    expect(sortMeasures(rows, 'number', 1).map((r) => r.number)).toEqual(['2', '3a', '10']);
    expect(sortMeasures(rows, 'number', -1).map((r) => r.number)).toEqual(['10', '3a', '2']);
  });

  it('sorts by title, status (traffic-light order), responsible and budget', () => {
    expect(sortMeasures(rows, 'title', 1).map((r) => r.title)).toEqual(['alfa', 'Bravo', 'Charlie']);
    expect(sortMeasures(rows, 'status', 1).map((r) => r.number)).toEqual(['10', '2', '3a']);
    expect(sortMeasures(rows, 'responsible', 1).map((r) => r.number)).toEqual(['2', '3a', '10']);
    expect(sortMeasures(rows, 'budget', -1).map((r) => r.number)).toEqual(['10', '3a', '2']);
  });
});

describe('indicator chart data', () => {
  it('makes one series per year over the categories, without totals', () => {
    const cell = (category: string, year: number, value: number, isTotal = false) => ({ id: `${category}/${year}`, name: 'Nye saker', category, year, value, unit: 'saker', isTotal });
    const data = toChartData({
      categories: ['Ekstrem kontroll', 'Frykt for TVE', 'Totalt'],
      years: [2015, 2016],
      indicators: [cell('Ekstrem kontroll', 2015, 30), cell('Ekstrem kontroll', 2016, 41), cell('Frykt for TVE', 2016, 12), cell('Totalt', 2016, 53, true)],
    });
    expect(data.categories).toEqual(['Ekstrem kontroll', 'Frykt for TVE']);
    expect(data.series).toEqual([{ name: '2015', values: [30, null] }, { name: '2016', values: [41, 12] }]);
  });
});

describe('indicator table layout (issue 14)', () => {
  const c = (name: string, category: string | null, year: number | null, value: number, isTotal = false, unit = 'saker') =>
    ({ id: `${name}/${category}/${year}`, name, category, year, value, unit, isTotal });

  it('keeps the document order, puts the "Totalt" row last and the 2013-2016 totals in a column of their own', () => {
    const l = tableLayout([
      c('Saker', 'Trusler/vold', 2015, 13), c('Saker', 'Trusler/vold', 2016, 28), c('Saker 2015-2016', 'Trusler/vold', null, 41, true),
      c('Saker', 'Totalt', 2015, 15, true), c('Saker', 'Totalt', 2016, 30, true), c('Saker 2015-2016', 'Totalt', null, 45, true),
      c('Saker', 'Andre familierelaterte saker', 2015, 2), c('Saker', 'Andre familierelaterte saker', 2016, 2), c('Saker 2015-2016', 'Andre familierelaterte saker', null, 4, true),
    ]);
    expect(l.heading).toBe('Saker');
    expect(l.rows.map((r) => [r.label, r.values, r.period, r.isTotal])).toEqual([
      ['Trusler/vold', [13, 28], 41, false], ['Andre familierelaterte saker', [2, 2], 4, false], ['Totalt', [15, 30], 45, true],
    ]);
    expect(l.periodLabel).toBe('2015–2016');
  });

  it('labels rows of a table without categories by what tells their names apart', () => {
    const l = tableLayout([
      c('Foreslått antall integreringsrådgivere fra 2012 (nedre grense)', null, 2012, 3, false, 'rådgivere'),
      c('Foreslått antall integreringsrådgivere fra 2012 (øvre grense)', null, 2012, 5, false, 'rådgivere'),
    ]);
    expect(l.heading).toBe('Foreslått antall integreringsrådgivere fra 2012');
    expect(l.rows.map((r) => r.label)).toEqual(['nedre grense', 'øvre grense']);
  });

  it('notes when percentage shares do not add up to 100, as in the Moss legend (109 %)', () => {
    const l = tableLayout([31, 47, 9, 22].map((v, i) => c(`Andel tiltak med status ${i}`, `s${i}`, 2017, v, false, 'prosent')));
    expect(l.sharesSum).toBe(109);
    expect(tableLayout([c('A', 'x', 2017, 60, false, 'prosent'), c('A', 'y', 2017, 40, false, 'prosent')]).sharesSum).toBeNull();
  });
});

describe('gap links to the map', () => {
  it('focuses actors, highlights networks and plans, filters regions', () => {
    expect(gapMapLink({ __typename: 'Actor', id: 'actor:imdi-ost' })).toBe('/?focus=actor:imdi-ost&expand=actor:imdi-ost');
    expect(gapMapLink({ __typename: 'Network', id: 'network:x' })).toBe('/?network=network:x&highlight=network:x');
    expect(gapMapLink({ __typename: 'Measure', id: 'measure:p/1', plan: { id: 'plan:p' } })).toBe('/?plan=plan:p&highlight=measure:p/1');
    expect(gapMapLink({ __typename: 'Measure', id: 'measure:p/1', plan: { id: 'plan:p' }, responsibilities: [
      { actor: { id: 'actor:generic-x', isGenericRole: true } }, { actor: { id: 'actor:imdi', isGenericRole: false } },
    ] })).toBe('/?plan=plan:p&highlight=measure:p/1&expand=actor:generic-x');
    expect(gapMapLink({ __typename: 'Region', id: 'region:moss' })).toBe('/?region=region:moss');
  });
});
