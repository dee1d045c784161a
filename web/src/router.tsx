/**
 * A small client-side router on the History API. Paths carry readable ids: `/actors/imdi-ost` is
 * `actor:imdi-ost`, `/measures/tve-2013-2016/11` is `measure:tve-2013-2016/11`.
 */
import { useEffect, useState, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { name: 'map' }
  | { name: 'plans' }
  | { name: 'plan'; id: string }
  | { name: 'gaps' }
  | { name: 'actor'; id: string }
  | { name: 'network'; id: string }
  | { name: 'measure'; id: string }
  | { name: 'indicators' }
  | { name: 'edit' }
  | { name: 'import' }
  | { name: 'round'; id: string }
  | { name: 'progress' }
  | { name: 'notFound' };

const ENTITY_PATHS = { actor: 'actors', network: 'networks', plan: 'plans', measure: 'measures' } as const;
type EntityLabel = keyof typeof ENTITY_PATHS;

/** Maps a path to a route; pure. */
export function parsePath(pathname: string): Route {
  const parts = pathname.replace(/^\/+|\/+$/g, '').split('/').map((p) => decodeURIComponent(p));
  const [head, ...rest] = parts;
  const slug = rest.join('/');
  switch (head) {
    case '': case 'map': return { name: 'map' };
    case 'plans': return slug ? { name: 'plan', id: `plan:${slug}` } : { name: 'plans' };
    case 'actors': return slug ? { name: 'actor', id: `actor:${slug}` } : { name: 'notFound' };
    case 'networks': return slug ? { name: 'network', id: `network:${slug}` } : { name: 'notFound' };
    case 'measures': return slug ? { name: 'measure', id: `measure:${slug}` } : { name: 'notFound' };
    case 'gaps': return { name: 'gaps' };
    case 'indicators': return { name: 'indicators' };
    case 'edit': return { name: 'edit' };
    case 'import': return { name: 'import' };
    case 'rounds': return slug ? { name: 'round', id: `round:${slug}` } : { name: 'notFound' };
    case 'progress': return { name: 'progress' };
    default: return { name: 'notFound' };
  }
}

/** The page of an entity id (`actor:imdi-ost` → `/actors/imdi-ost`), or null for kinds without a page. */
export function entityPath(id: string): string | null {
  const i = id.indexOf(':');
  const label = id.slice(0, i) as EntityLabel;
  if (i < 0 || !(label in ENTITY_PATHS)) return null;
  return `/${ENTITY_PATHS[label]}/${id.slice(i + 1).split('/').map(encodeURIComponent).join('/')}`;
}

/** The map with a query string (see map/urlState.ts). */
export function mapPath(query: string): string {
  return query ? `/?${query}` : '/';
}

const listeners = new Set<() => void>();
function subscribe(fn: () => void) {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => { listeners.delete(fn); window.removeEventListener('popstate', fn); };
}
const snapshot = () => window.location.pathname + window.location.search;

/** Goes to a path (push) or rewrites the current entry (replace, for filter changes). */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const fn of listeners) fn();
  if (!options.replace) window.scrollTo(0, 0);
}

/** The current location (path + query); re-renders on navigation and back/forward. */
export function useLocation(): { pathname: string; search: string } {
  const loc = useSyncExternalStore(subscribe, snapshot);
  const q = loc.indexOf('?');
  return q < 0 ? { pathname: loc, search: '' } : { pathname: loc.slice(0, q), search: loc.slice(q) };
}

export function useRoute(): Route {
  return parsePath(useLocation().pathname);
}

/** An <a> that navigates without reloading (and still opens in a new tab on ctrl/cmd-click). */
export function Link({ to, onClick, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={to}
      {...rest}
      onClick={(e: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}

/** A link to an entity's page, or plain text when the kind has no page. */
export function EntityLink({ id, children }: { id: string; children: React.ReactNode }) {
  const to = entityPath(id);
  return to ? <Link to={to}>{children}</Link> : <>{children}</>;
}

/** Moves focus to the page's main heading after navigation, so screen readers announce the new page. */
export function useFocusHeadingOnNavigate(ref: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const [first, setFirst] = useState(true);
  useEffect(() => {
    if (first) { setFirst(false); return; }
    ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}
