import { describe, expect, it } from 'vitest';
import { parseTableState, tableQuery } from '../../web/src/plans/MeasureTable';

describe('the plan table’s state in the URL', () => {
  it('reads filters and sort, ignoring unknown values', () => {
    expect(parseTableState('?q=vold&status=NOT_DONE&sort=title&dir=desc')).toEqual({ text: 'vold', status: 'NOT_DONE', sort: { key: 'title', dir: -1 } });
    expect(parseTableState('?status=BAD&sort=nope')).toEqual({ text: '', status: '', sort: { key: 'number', dir: 1 } });
  });
  it('writes only what differs from the defaults and keeps other parameters', () => {
    expect(tableQuery('?x=1', { text: 'vold', status: '', sort: { key: 'number', dir: 1 } })).toBe('?x=1&q=vold');
    expect(tableQuery('?q=old', { text: '', status: 'DONE', sort: { key: 'status', dir: -1 } })).toBe('?status=DONE&sort=status&dir=desc');
    expect(tableQuery('', { text: '', status: '', sort: { key: 'number', dir: 1 } })).toBe('');
  });
});
