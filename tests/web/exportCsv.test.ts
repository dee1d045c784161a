import { describe, expect, it } from 'vitest';
import { csvField, edgesCsv, nodesCsv, toCsv } from '../../web/src/map/exportCsv';

describe('CSV export', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect(csvField('IMDi Øst')).toBe('IMDi Øst');
    expect(csvField('Barne-, ungdoms- og familiedirektoratet')).toBe('"Barne-, ungdoms- og familiedirektoratet"');
    expect(csvField('Prosjektet «Sammen» "pilot"')).toBe('"Prosjektet «Sammen» ""pilot"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
  });

  it('neutralises spreadsheet formulas in text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+47 22 00 00 00')).toBe("'+47 22 00 00 00");
  });

  it('writes a header and CRLF-terminated rows', () => {
    expect(toCsv([{ a: 1, b: 'x,y' }], [{ header: 'a', value: (r) => r.a }, { header: 'b', value: (r) => r.b }])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('exports the map nodes and edges with their metrics and contexts', () => {
    const nodes = nodesCsv([{ id: 'actor:imdi-ost', label: 'IMDi Øst', kind: 'REGIONAL_OFFICE', isGenericRole: false, degree: 3, weightedDegree: 5, betweenness: 0.5, community: 2, isCutVertex: true }]);
    expect(nodes.split('\r\n')[0]).toBe('id,name,kind,generic_role,degree,weighted_degree,betweenness,community,cut_vertex');
    expect(nodes.split('\r\n')[1]).toBe('actor:imdi-ost,IMDi Øst,REGIONAL_OFFICE,false,3,5,0.5,2,true');
    const edges = edgesCsv([{ id: 'a~b', source: 'actor:a', target: 'actor:b', weight: 2, contexts: [
      { kind: 'NETWORK', id: 'network:ostlandsnettverket', label: 'Østlandsnettverket' },
      { kind: 'MEASURE', id: 'measure:tve-2013-2016/11', label: 'Regionale koordinatorer' },
    ] }]);
    expect(edges.split('\r\n')[1]).toBe('actor:a,actor:b,2,NETWORK: Østlandsnettverket; MEASURE: Regionale koordinatorer,network:ostlandsnettverket measure:tve-2013-2016/11');
  });
});
