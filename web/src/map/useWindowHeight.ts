import { useEffect, type RefObject } from 'react';

/**
 * Sizes the map to the rest of the browser window below where it starts, so its bottom edge is on
 * screen: the heading, search and toolbar above it wrap to different heights with the window's
 * width and the language. Sets the CSS variable `--map-top` (the stylesheet does the sum and keeps
 * a minimum height) and tells Cytoscape its canvas changed size.
 */
export function useWindowHeight(element: RefObject<HTMLElement | null>, onResize: () => void) {
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    let last = -1;
    const measure = () => {
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
      if (top === last) return;
      last = top;
      el.style.setProperty('--map-top', `${top}px`);
      onResize();
    };
    measure();
    // What sits above the map changes height without a window resize (wrapping, messages).
    const observer = new ResizeObserver(measure);
    const above = el.closest('.map-center');
    if (above) observer.observe(above);
    window.addEventListener('resize', measure);
    return () => { observer.disconnect(); window.removeEventListener('resize', measure); };
  }, [element, onResize]);
}
