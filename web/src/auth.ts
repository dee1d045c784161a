import { useSyncExternalStore } from 'react';

const KEY = 'samkart.token';
const listeners = new Set<() => void>();

/** The editor's API token, kept in localStorage so a reload keeps the editor signed in. */
export function getToken(): string | null {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

export function setToken(token: string | null) {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch { /* storage disabled: the token lives as long as the page */ }
  for (const fn of listeners) fn();
}

export function useToken(): string | null {
  return useSyncExternalStore((fn) => { listeners.add(fn); return () => listeners.delete(fn); }, getToken);
}
