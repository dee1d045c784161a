import type { StylesheetJson } from 'cytoscape';
import type { ColorBy, ShapeBy } from './styling';

/**
 * The map's stylesheet. Everything per-element comes from data fields set by graphToElements, so
 * the same elements serve both colourings. Labels are drawn only when zoomed in (`labels`, from
 * useCytoscape's `labelsOn`, plus min-zoomed-font-size as a second guard): zoomed out, a large graph shows shapes only, which keeps
 * panning smooth and the picture readable; focused, highlighted and path nodes always show theirs.
 */
export function mapStyle(colorBy: ColorBy, labels = true, shapeBy: ShapeBy = 'kind'): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': `data(${colorBy}Color)`,
        shape: (shapeBy === 'kind' ? 'data(shape)' : shapeBy === 'level' ? 'data(levelShape)' : 'ellipse') as never,
        width: 'data(size)',
        height: 'data(size)',
        label: labels ? 'data(label)' : '',
        'font-size': 11,
        'min-zoomed-font-size': 9,
        color: '#1d1d1d',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-max-width': '160px',
        'text-wrap': 'ellipsis',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.cut', style: { 'border-width': 3, 'border-color': '#1d1d1d' } },
    { selector: 'node.generic', style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#555555' } },
    {
      selector: 'edge',
      style: { width: 'data(width)', 'line-color': '#7d8a96', opacity: 0.5, 'curve-style': 'haystack', 'haystack-radius': 0 },
    },
    // Zoomed out, hub labels are drawn larger so they stay readable at overview scale.
    { selector: 'node.hub', style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'font-size': labels ? 11 : 20, 'text-outline-width': labels ? 2 : 3 } },
    // A community drawn as one node (a large graph, aggregated): its label scales with it.
    { selector: 'node.community', style: { label: 'data(label)', 'font-size': 'data(fontSize)' as never, 'text-wrap': 'none', 'text-outline-width': 3, 'border-width': 2, 'border-color': '#ffffff', 'min-zoomed-font-size': 0 } },
    { selector: '.faded', style: { opacity: 0.12, label: '' } },
    {
      selector: 'node.highlighted',
      style: { label: 'data(label)', 'underlay-color': '#ffb000', 'underlay-padding': 6, 'underlay-opacity': 0.75, 'underlay-shape': 'ellipse', 'min-zoomed-font-size': 0, 'z-index': 5 },
    },
    { selector: 'edge.highlighted', style: { opacity: 0.9, 'line-color': '#b36b00', 'z-index': 5 } },
    {
      selector: 'node.path',
      style: { label: 'data(label)', 'underlay-color': '#c62828', 'underlay-padding': 7, 'underlay-opacity': 0.8, 'underlay-shape': 'ellipse', 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'z-index': 8 },
    },
    { selector: 'edge.path', style: { 'line-color': '#c62828', opacity: 1, width: 6, 'z-index': 8 } },
    {
      selector: 'node.focused, node:selected',
      style: { label: 'data(label)', 'border-width': 4, 'border-color': '#000000', 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'font-size': 13, 'z-index': 10 },
    },
    { selector: 'edge:selected', style: { 'line-color': '#000000', opacity: 1, 'z-index': 10 } },
    { selector: 'node.neighbour', style: { label: 'data(label)', 'min-zoomed-font-size': 0 } },
    // Switched off in the legend (or hidden by the user): gone, with their edges.
    // Comparing two dates: new since the earlier date in green, ended since then in red and dashed.
    { selector: 'edge.appeared', style: { 'line-color': '#1b7f3b', opacity: 0.85 } },
    { selector: 'edge.ended', style: { 'line-color': '#c62828', 'line-style': 'dashed', opacity: 0.85, 'curve-style': 'straight' } },
    { selector: 'node.appeared', style: { 'border-color': '#1b7f3b', 'border-width': 3 } },
    { selector: 'node.ended', style: { 'border-color': '#c62828', 'border-width': 3, 'border-style': 'dashed', opacity: 0.6 } },
    { selector: 'node.off', style: { display: 'none' } },
    // Selected together (shift/ctrl-click, box select).
    { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#0057b8', 'underlay-color': '#0057b8', 'underlay-padding': 5, 'underlay-opacity': 0.25, 'underlay-shape': 'ellipse', label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 9 } },
    { selector: 'node.pinned', style: { 'outline-width': 2, 'outline-color': '#17324d', 'outline-offset': 3 } as never },
    // Left out so that no two labels overlap (see graph/labels.ts); the selection always keeps its own.
    { selector: 'node.nolabel', style: { label: '' } },
  ];
}
