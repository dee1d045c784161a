import { useEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { GroupLabel } from '../graph/arrange';

/**
 * The names of the groups of a grouped layout ("Agder", "Politi"), each in the band the layout
 * left above its cluster. They live in model coordinates: one layer over the canvas follows
 * Cytoscape's pan and zoom with a CSS transform (no React render per frame), so a name stays above
 * its actors and scales with them, as a compound node's label would, without adding nodes that
 * every selection, count and export of the map would have to skip.
 */
export function GroupLabels({ cy, labels }: { cy: RefObject<Core | null>; labels: readonly GroupLabel[] }) {
  const clip = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const c = cy.current;
    if (!c || !labels.length) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      if (!clip.current || !layer.current) return;
      const { x, y } = c.pan();
      clip.current.style.width = `${c.width()}px`;
      clip.current.style.height = `${c.height()}px`;
      layer.current.style.transform = `translate(${x}px, ${y}px) scale(${c.zoom()})`;
    };
    const schedule = () => { if (!frame) frame = requestAnimationFrame(place); };
    place();
    c.on('viewport resize', schedule);
    return () => { c.removeListener('viewport resize', schedule); if (frame) cancelAnimationFrame(frame); };
  }, [cy, labels]);
  if (!labels.length) return null;
  return (
    <div ref={clip} className="map-group-labels" aria-hidden="true">
      <div ref={layer} className="map-group-layer">
        {labels.map((l) => (
          <div key={l.group} className="map-group-label" data-testid="group-label" data-group={l.group} title={l.text}
            style={{ left: l.x - l.width / 2, top: l.y - 0.6 * l.fontSize, width: l.width, fontSize: l.fontSize, lineHeight: `${1.2 * l.fontSize}px` }}>
            {l.text}
          </div>
        ))}
      </div>
    </div>
  );
}
