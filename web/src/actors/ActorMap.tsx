import { useMemo } from 'react';
import type { StylesheetJson } from 'cytoscape';
import { graphql, type FragmentType, getFragmentData } from '../gql';
import { actorsToElements } from '../graph/toElements';
import { useCytoscape } from '../graph/useCytoscape';

export const ActorMapFields = graphql(`
  fragment ActorMapFields on Actor {
    id
    name
    kind
    parent { id }
  }
`);

const STYLE: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': '#2f6f9f', width: 14, height: 14, color: '#1d1d1d', 'text-valign': 'bottom', 'text-margin-y': 3 } },
  { selector: 'node[kind = "GENERIC_ROLE"]', style: { 'background-color': '#b26b00', shape: 'diamond' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#9aa7b3', 'curve-style': 'haystack' } },
];
const LAYOUT = { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true } as const;

/** Draws actors (and their PART_OF links) on a Cytoscape canvas. */
export function ActorMap(props: { actors: readonly FragmentType<typeof ActorMapFields>[] }) {
  const actors = getFragmentData(ActorMapFields, props.actors);
  const elements = useMemo(() => actorsToElements(actors), [actors]);
  const { container } = useCytoscape(elements, STYLE, LAYOUT);
  return <div ref={container} className="map" role="img" aria-label={`Kart over ${actors.length} aktører`} data-testid="actor-map" />;
}
