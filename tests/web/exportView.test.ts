import { describe, expect, it } from 'vitest';
import { mapSvg } from '../../web/src/map/exportView';

describe('mapSvg', () => {
  it('draws the header, every edge, node shape and escaped label', () => {
    const svg = mapSvg(
      [
        { x: 0, y: 0, size: 20, color: '#3a9ad9', shape: 'ellipse', label: 'IMDi Øst' },
        { x: 100, y: 50, size: 30, color: '#e69f00', shape: 'triangle', label: 'Moss & Rygge <kommune>', border: '#000000' },
        { x: -80, y: 90, size: 14, color: '#0b4f8a', shape: 'round-rectangle', label: '' },
      ],
      [{ x1: 0, y1: 0, x2: 100, y2: 50, width: 3, color: '#7d8a96', opacity: 0.5 }],
      { title: 'Agder, tvangsekteskap, 2016', filters: 'Region: Agder · Per dato: 2016', date: 'Eksportert 2026-11-30 fra Samkart' },
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Agder, tvangsekteskap, 2016</title>');
    expect(svg).toContain('Region: Agder · Per dato: 2016 · Eksportert 2026-11-30 fra Samkart');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<polygon /g)).toHaveLength(1);
    expect(svg.match(/<rect /g)).toHaveLength(2); // background and the round rectangle
    expect(svg).toContain('Moss &amp; Rygge &lt;kommune&gt;');
    expect(svg).toContain('stroke="#000000" stroke-width="3"');
    expect(svg.match(/<text /g)).toHaveLength(4); // title, filters and the two labels
  });

  it('draws the names of the groups of a grouped layout, escaped, inside the picture', () => {
    const svg = mapSvg(
      [{ x: 0, y: 100, size: 20, color: '#3a9ad9', shape: 'ellipse', label: '' }],
      [],
      { title: 'Samarbeidskart', filters: 'Oppsett: gruppert etter region', date: '2026-12-01' },
      [{ text: 'Agder', x: 0, y: 40, fontSize: 20, width: 120 }, { text: 'Møre & Romsdal', x: 300, y: 40, fontSize: 20, width: 200 }],
    );
    expect(svg).toContain('<g class="groups"');
    expect(svg).toContain('>Agder</text>');
    expect(svg).toContain('>Møre &amp; Romsdal</text>');
    // The picture is wide enough for the second name (centred at 300, 200 wide).
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThanOrEqual(400);
  });
});
