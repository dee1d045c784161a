import { describe, expect, it } from 'vitest';
import { actorsToElements } from '../../web/src/graph/toElements';

describe('actorsToElements', () => {
  it('makes a node per actor and a PART_OF edge only when the parent is drawn', () => {
    const els = actorsToElements([
      { id: 'actor:imdi', name: 'IMDi', kind: 'DIRECTORATE' },
      { id: 'actor:imdi-ost', name: 'IMDi Øst', kind: 'REGIONAL_OFFICE', parent: { id: 'actor:imdi' } },
      { id: 'actor:rvts-sor', name: 'RVTS Sør', parent: { id: 'actor:not-drawn' } },
    ]);
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['actor:imdi', 'actor:imdi-ost', 'actor:rvts-sor']);
    expect(els.filter((e) => e.group === 'edges')).toEqual([
      { group: 'edges', data: { id: 'actor:imdi-ost->actor:imdi', source: 'actor:imdi-ost', target: 'actor:imdi', kind: 'PART_OF' } },
    ]);
    expect(els.find((e) => e.data.id === 'actor:rvts-sor')!.data.kind).toBe('UNKNOWN');
  });
});
