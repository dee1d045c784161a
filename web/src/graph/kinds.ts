/**
 * How actor kinds are drawn: 23 kinds fold into 10 groups, each with a colour (Okabe–Ito based, safe
 * for the common colour-vision deficiencies) and a shape, so the map never relies on colour alone.
 */
import type { ActorKind } from '../gql/graphql';

export type KindGroup = 'state' | 'regional' | 'county' | 'municipal' | 'police' | 'services' | 'competence' | 'ngo' | 'other' | 'generic';

/** Cytoscape node shapes used; the legend draws the same shapes in SVG. */
export type NodeShape = 'round-rectangle' | 'ellipse' | 'hexagon' | 'triangle' | 'octagon' | 'diamond' | 'star' | 'rhomboid' | 'barrel' | 'vee';

export const KIND_GROUPS: Record<KindGroup, { color: string; shape: NodeShape; kinds: readonly ActorKind[] }> = {
  state: { color: '#0b4f8a', shape: 'round-rectangle', kinds: ['MINISTRY', 'DIRECTORATE'] },
  regional: { color: '#3a9ad9', shape: 'ellipse', kinds: ['REGIONAL_OFFICE', 'AGENCY'] },
  county: { color: '#009e73', shape: 'hexagon', kinds: ['COUNTY_GOVERNOR', 'COUNTY_AUTHORITY'] },
  municipal: { color: '#e69f00', shape: 'triangle', kinds: ['MUNICIPALITY', 'MUNICIPAL_SERVICE', 'CITY_DISTRICT'] },
  police: { color: '#5e3c99', shape: 'octagon', kinds: ['POLICE'] },
  services: { color: '#d55e00', shape: 'diamond', kinds: ['SCHOOL', 'CRISIS_CENTRE', 'FAMILY_COUNSELLING', 'CHILD_WELFARE', 'HEALTH', 'NAV'] },
  competence: { color: '#a08a00', shape: 'star', kinds: ['COMPETENCE_CENTRE', 'RESEARCH'] },
  ngo: { color: '#cc79a7', shape: 'rhomboid', kinds: ['NGO'] },
  other: { color: '#6f6f6f', shape: 'barrel', kinds: ['EMBASSY', 'POLITICAL_BODY', 'OTHER_PUBLIC'] },
  generic: { color: '#a8a8a8', shape: 'vee', kinds: ['GENERIC_ROLE'] },
};

const BY_KIND = new Map<string, KindGroup>();
for (const [group, def] of Object.entries(KIND_GROUPS)) for (const k of def.kinds) BY_KIND.set(k, group as KindGroup);

export function kindGroup(kind: string | null | undefined, isGenericRole = false): KindGroup {
  if (isGenericRole) return 'generic';
  return (kind && BY_KIND.get(kind)) || 'other';
}

/** Distinct colours for the first communities; later ones share grey (the legend says so). */
export const COMMUNITY_COLORS = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39',
] as const;
export const OTHER_COMMUNITY_COLOR = '#9a9a9a';

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR;
}

/** SVG polygon points (in a 20×20 box) for a legend swatch of a node shape; null means a circle or rounded rect. */
export function shapePoints(shape: NodeShape): string | null {
  switch (shape) {
    case 'hexagon': return '5,2 15,2 19,10 15,18 5,18 1,10';
    case 'triangle': return '10,1 19,18 1,18';
    case 'octagon': return '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6';
    case 'diamond': return '10,0 20,10 10,20 0,10';
    case 'star': return '10,0 12.9,6.9 20,7.6 14.6,12.3 16.2,19.5 10,15.8 3.8,19.5 5.4,12.3 0,7.6 7.1,6.9';
    case 'rhomboid': return '5,3 20,3 15,17 0,17';
    case 'vee': return '0,2 10,8 20,2 10,19';
    case 'barrel': return '3,1 17,1 20,10 17,19 3,19 0,10';
    default: return null;
  }
}
