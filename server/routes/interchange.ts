/**
 * File upload and download beside /graphql, with the same authentication and error shape
 * (`{errors: [{message, extensions: {code}}]}`):
 *
 *   POST /import[?plan=plan:x&name=file.xlsx]      multipart/form-data (one file) or the file as the body; editor
 *   POST /import/apply?id=<preview>                 applyImport without GraphQL's operation time limit (big files);
 *                                                    JSON body {decisions, fingerprint}; editor
 *   POST /import/undo?batch=<batch>                 undoImport likewise
 *   GET  /export/plan/<id>.xlsx | .csv             a plan as the import template
 *   GET  /export/network/<id>.xlsx | .csv          a network with its members
 *   GET  /export/graph.graphml | .cyjs | .jsonld   the whole graph (organisations, networks, plans, measures)
 *   GET  /export/map.graphml | .cyjs?<map query>   the collaboration graph of a map view (same query as /map)
 *   GET  /export/template.xlsx                     the blank template
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '../body.js';
import busboy from 'busboy';
import { collaborationGraph, type GraphFilter } from '../analysis/collaboration.js';
import { authenticate, AuthError, hasRole } from '../auth.js';
import type { Config } from '../config.js';
import type { Viewer } from '../context.js';
import { DomainError } from '../db/errors.js';
import { graphExport, networkExport, planExport } from '../db/repos/export.repo.js';
import { codeOf } from '../graphql/errors.js';
import type { AppState } from '../http.js';
import { maskPersonalData } from '../graphql/resolvers/misc.js';
import { knowledgeGraph, networkCsv, networkWorkbook, planCsv, planWorkbook, templateWorkbook, toCytoscape, toGraphML, toJsonLd } from '../interchange/export.js';
import { LIMITS } from '../interchange/limits.js';
import { applyPreview, createPreview, undoImport, UnreadableFile } from '../interchange/service.js';
import { log } from '../log.js';
import { allContactNames } from '../db/repos/misc.repo.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fail(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function send(res: ServerResponse, body: Buffer | string, type: string, fileName: string) {
  res.writeHead(200, {
    'content-type': type, 'content-length': Buffer.byteLength(body),
    'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`, 'cache-control': 'no-store',
  });
  res.end(body);
}

/** True when the request was for one of these routes (and has been answered). */
export async function interchangeRoute(req: IncomingMessage, res: ServerResponse, url: URL, config: Config, state: AppState): Promise<boolean> {
  const p = url.pathname;
  // GET /import is the web app's import page; the upload is POST.
  if (p === '/import' && (req.method === 'GET' || req.method === 'HEAD')) return false;
  if (p !== '/import' && p !== '/import/apply' && p !== '/import/undo' && !p.startsWith('/export/')) return false;
  if (!state.ready || !state.db) { fail(res, 503, 'SERVICE_UNAVAILABLE', 'Samkart is starting; try again in a moment.', { 'retry-after': '2' }); return true; }
  let viewer: Viewer;
  try {
    viewer = await authenticate(req.headers.authorization, config.auth);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    fail(res, 401, 'UNAUTHENTICATED', e.message, { 'www-authenticate': 'Bearer' });
    return true;
  }
  try {
    if (p === '/import') await upload(req, res, url, viewer, state);
    else if (p === '/import/apply' || p === '/import/undo') await applyOrUndo(req, res, url, viewer, state, p === '/import/apply');
    else if (req.method !== 'GET' && req.method !== 'HEAD') fail(res, 405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.');
    else await download(res, url, viewer, state);
  } catch (e) {
    if (e instanceof DomainError) {
      fail(res, e.kind === 'NOT_FOUND' ? 404 : e.kind === 'CONFLICT' ? 409 : e.kind === 'INVALID' ? 400 : 503, codeOf(e.kind), e.message);
    } else if (e instanceof UnreadableFile) {
      fail(res, 422, 'UNREADABLE_FILE', e.message);
    } else if (e instanceof BodyTooLarge) {
      fail(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB; split it into smaller files.`);
    } else if (e instanceof BadUpload) {
      fail(res, 400, 'BAD_REQUEST', e.message);
    } else {
      const correlationId = crypto.randomUUID();
      log.error('interchange route failed', { correlationId, path: p, error: String((e as Error).stack ?? e) });
      if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', `Internal error; quote correlation id ${correlationId} when reporting it.`);
      else res.end();
    }
  }
  return true;
}

class BadUpload extends Error {}

async function upload(req: IncomingMessage, res: ServerResponse, url: URL, viewer: Viewer, state: AppState) {
  if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Upload the file with POST.');
  if (viewer.role === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', 'Importing needs the editor role: sign in with a bearer token.', { 'www-authenticate': 'Bearer' });
  if (!hasRole(viewer, 'editor')) return fail(res, 403, 'FORBIDDEN', `Importing needs the editor role; you are ${viewer.role}.`);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > LIMITS.fileBytes + 64 * 1024) { req.resume(); throw new BodyTooLarge(); }
  const type = String(req.headers['content-type'] ?? '');
  const { data, fileName } = type.startsWith('multipart/form-data') ? await readMultipart(req) : { data: await readBody(req, LIMITS.fileBytes), fileName: url.searchParams.get('name') ?? 'upload' };
  const name = url.searchParams.get('name') ?? fileName;
  const up = await createPreview(state.db!, viewer.id, data, name, url.searchParams.get('plan') || null);
  res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', location: `/import/${encodeURIComponent(up.id)}` });
  res.end(JSON.stringify({ id: up.id, fileName: up.fileName, target: up.preview.target, counts: up.preview.counts }));
}

/**
 * Apply and undo over plain HTTP: the same as the GraphQL mutations, but not bound by the GraphQL
 * operation time limit, so a workbook of thousands of measures can be applied in its one
 * transaction. The web page uses these.
 */
async function applyOrUndo(req: IncomingMessage, res: ServerResponse, url: URL, viewer: Viewer, state: AppState, apply: boolean) {
  if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST.');
  if (viewer.role === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', 'Importing needs the editor role: sign in with a bearer token.', { 'www-authenticate': 'Bearer' });
  if (!hasRole(viewer, 'editor')) return fail(res, 403, 'FORBIDDEN', `Importing needs the editor role; you are ${viewer.role}.`);
  if (!String(req.headers['content-type'] ?? '').includes('application/json')) return fail(res, 415, 'BAD_REQUEST', 'Send a JSON body (content-type: application/json).');
  const raw = await readBody(req, 1024 * 1024);
  let body: { decisions?: { name?: unknown; actor?: unknown; newActor?: unknown }[]; fingerprint?: unknown };
  try { body = raw.length ? JSON.parse(raw.toString('utf8')) : {}; } catch { throw new BadUpload('The body is not valid JSON.'); }
  if (apply) {
    const id = url.searchParams.get('id') ?? '';
    const decisions = (Array.isArray(body.decisions) ? body.decisions : []).slice(0, 5_000)
      .filter((d) => d && typeof d.name === 'string')
      .map((d) => ({ name: d.name as string, actor: typeof d.actor === 'string' ? d.actor : null, newActor: d.newActor === true }));
    const batch = await applyPreview(state.db!, viewer.id, id, decisions, typeof body.fingerprint === 'string' ? body.fingerprint : null);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    return res.end(JSON.stringify({ batch }));
  }
  const batch = url.searchParams.get('batch') ?? '';
  await undoImport(state.db!, viewer.id, batch);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ batch, undone: true }));
}

function readMultipart(req: IncomingMessage): Promise<{ data: Buffer; fileName: string }> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: LIMITS.fileBytes, fields: 10, fieldSize: 1024, parts: 12 } });
    } catch (e) { reject(new BadUpload(`The multipart body cannot be read: ${(e as Error).message}.`)); return; }
    let got: { data: Buffer; fileName: string } | null = null;
    let tooLarge = false;
    bb.on('file', (_field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => { tooLarge = true; stream.resume(); });
      stream.on('close', () => { if (!tooLarge) got = { data: Buffer.concat(chunks), fileName: info.filename || 'upload' }; });
    });
    bb.on('error', (e) => reject(new BadUpload(`The multipart body cannot be read: ${(e as Error).message}.`)));
    bb.on('close', () => {
      if (tooLarge) reject(new BodyTooLarge());
      else if (!got) reject(new BadUpload('The form has no file: send it in a file field (e.g. -F file=@plan.xlsx).'));
      else resolve(got);
    });
    req.pipe(bb);
  });
}

const FILTER_IDS = ['region', 'theme', 'plan', 'network'] as const;

async function download(res: ServerResponse, url: URL, viewer: Viewer, state: AppState) {
  const db = state.db!;
  const p = decodeURIComponent(url.pathname.slice('/export/'.length));
  let m: RegExpExecArray | null;
  if (p === 'template.xlsx') return send(res, await templateWorkbook(), XLSX, 'samkart-mal.xlsx');
  if ((m = /^plan\/(plan:[a-z0-9][a-z0-9./_-]*)\.(xlsx|csv)$/.exec(p))) {
    const plan = await planExport(db, m[1]);
    if (!plan) return fail(res, 404, 'NOT_FOUND', `No plan has the id "${m[1]}".`);
    const file = m[1].slice(5).replace(/\//g, '-');
    return m[2] === 'xlsx' ? send(res, await planWorkbook(plan), XLSX, `${file}.xlsx`) : send(res, planCsv(plan), 'text/csv; charset=utf-8', `${file}.csv`);
  }
  if ((m = /^network\/(network:[a-z0-9][a-z0-9./_-]*)\.(xlsx|csv)$/.exec(p))) {
    const network = await networkExport(db, m[1]);
    if (!network) return fail(res, 404, 'NOT_FOUND', `No network has the id "${m[1]}".`);
    const file = m[1].slice(8).replace(/\//g, '-');
    return m[2] === 'xlsx' ? send(res, await networkWorkbook(network), XLSX, `${file}.xlsx`) : send(res, networkCsv(network), 'text/csv; charset=utf-8', `${file}.csv`);
  }
  if ((m = /^graph\.(graphml|cyjs|jsonld)$/.exec(p))) {
    const g = await graphExport(db);
    if (m[1] === 'graphml') return send(res, toGraphML(knowledgeGraph(g), true), 'application/graphml+xml; charset=utf-8', 'samkart.graphml');
    if (m[1] === 'cyjs') return send(res, toCytoscape(knowledgeGraph(g)), 'application/json; charset=utf-8', 'samkart.cyjs');
    // Quotes may name contact persons: masked for anonymous callers, as in the API.
    const names = hasRole(viewer, 'viewer') ? null : await allContactNames(db);
    const mask = names ? (q: string) => maskPersonalData(q, names) : (q: string) => q;
    return send(res, JSON.stringify(toJsonLd(g, mask)), 'application/ld+json; charset=utf-8', 'samkart.jsonld');
  }
  if ((m = /^map\.(graphml|cyjs)$/.exec(p))) {
    const q = url.searchParams;
    const filter: GraphFilter = { excludeGenericRoles: true };
    for (const k of FILTER_IDS) { const v = q.get(k); if (v && /^[a-z]+:[a-z0-9][a-z0-9\-_/.]*$/i.test(v)) filter[k] = v; }
    const kinds = (q.get('kinds') ?? '').split(',').filter((k) => /^[A-Z_]+$/.test(k));
    if (kinds.length) filter.actorKinds = kinds;
    const minWeight = Number(q.get('minWeight'));
    if (Number.isInteger(minWeight) && minWeight >= 1 && minWeight <= 1000) filter.minWeight = minWeight;
    const asOf = q.get('asOf');
    if (asOf && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) filter.asOf = asOf;
    const graph = await collaborationGraph(db, filter, { metrics: true });
    const g = {
      nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind, level: n.level, isGenericRole: n.isGenericRole, degree: n.degree,
        weightedDegree: n.weightedDegree, betweenness: n.betweenness, community: n.community, isCutVertex: n.isCutVertex })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, weight: e.weight, contexts: e.contexts.map((c) => c.label).join(' | ') })),
    };
    return m[1] === 'graphml' ? send(res, toGraphML(g, false), 'application/graphml+xml; charset=utf-8', 'samkart-map.graphml')
      : send(res, toCytoscape(g), 'application/json; charset=utf-8', 'samkart-map.cyjs');
  }
  fail(res, 404, 'NOT_FOUND', 'No such export; see README.md, "Import and export", for the routes.');
}
