import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';

/**
 * Owns one Cytoscape instance for a container: created on mount, destroyed on unmount; elements
 * are patched by id inside cy.batch() and the layout runs again only when the set of ids changes.
 */
export function useCytoscape(elements: ElementDefinition[], style: StylesheetJson, layout: cytoscape.LayoutOptions) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const shape = useRef('');

  useEffect(() => {
    cy.current = cytoscape({ container: container.current, style, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
    (window as unknown as { __cy?: Core }).__cy = cy.current; // for browser tests and debugging
    return () => { cy.current?.destroy(); cy.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    const wanted = new Set(elements.map((e) => e.data.id as string));
    c.batch(() => {
      c.elements().filter((e) => !wanted.has(e.id())).remove();
      for (const el of elements) {
        const existing = c.getElementById(el.data.id as string);
        if (existing.nonempty()) existing.data(el.data);
        else c.add(el);
      }
    });
    const key = [...wanted].sort().join('|');
    if (key !== shape.current) {
      shape.current = key;
      c.layout(layout).run();
    }
  }, [elements, layout]);

  return { container, cy };
}
