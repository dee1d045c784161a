import { getToken } from '../auth';
import { downloadBlob } from '../ui/download';

/** The server's error message of a failed file request (JSON `{ errors: [{ message }] }`), or the HTTP status. */
async function messageOf(res: Response): Promise<string> {
  try {
    const body = await res.json();
    return body?.errors?.[0]?.message ?? `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
}

const auth = (): Record<string, string> => {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** Fetches a file route with the signed-in token and saves the answer under the server's file name. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(path, { headers: auth() });
  if (!res.ok) throw new Error(await messageOf(res));
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  downloadBlob(await res.blob(), name);
}

/** Uploads a filled-in round spreadsheet; resolves to the number of answers recorded. */
export async function uploadRoundSheet(round: string, file: File): Promise<number> {
  const res = await fetch(`/files/rounds/sheet?round=${encodeURIComponent(round)}`, {
    method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream', ...auth() },
  });
  if (!res.ok) throw new Error(await messageOf(res));
  return (await res.json()).data.recorded;
}

export function reportPath(plan: string, opts: { round?: string | null; format: 'pdf' | 'docx'; lang: 'nb' | 'en' }) {
  const q = new URLSearchParams({ plan, format: opts.format, lang: opts.lang });
  if (opts.round) q.set('round', opts.round);
  return `/files/reports/status?${q}`;
}

export function sheetPath(round: string, actor: string) {
  return `/files/rounds/sheet?${new URLSearchParams({ round, actor })}`;
}

/** `round:moss-vold-2017/2018-06-15` → `/rounds/moss-vold-2017/2018-06-15`. */
export function roundPath(id: string) {
  return `/rounds/${id.slice(id.indexOf(':') + 1).split('/').map(encodeURIComponent).join('/')}`;
}
