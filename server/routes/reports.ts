/**
 * File routes beside /graphql, with the same authentication and error shape:
 *
 * - `GET /files/reports/status?plan=…&round=…&lang=nb|en&format=pdf|docx`: the status report
 *   (anyone who may read the plan: statuses are public).
 * - `GET /files/rounds/sheet?round=…&actor=…`: the round spreadsheet of one owner (or all).
 * - `POST /files/rounds/sheet?round=…` with the filled-in XLSX as body: records its answers
 *   (editor role), all or nothing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '../body.js';
import neo4j from 'neo4j-driver';
import { authenticate, AuthError, hasRole } from '../auth.js';
import type { Config } from '../config.js';
import type { Db } from '../db/driver.js';
import { DomainError } from '../db/errors.js';
import { recordAnswers } from '../db/repos/rounds.repo.js';
import { buildStatusReport, type ReportLanguage } from '../reports/model.js';
import { renderDocx } from '../reports/docx.js';
import { renderPdf } from '../reports/pdf.js';
import { readRoundSheet, roundSheet } from '../rounds/sheet.js';
import type { RateLimiter } from '../ratelimit.js';

/** Largest spreadsheet accepted (a round of 500 measures is well under 1 MB). */
const UPLOAD_LIMIT = 5_000_000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const HTTP_STATUS: Record<string, number> = { NOT_FOUND: 404, CONFLICT: 409, INVALID: 400, FORBIDDEN: 403, UNAVAILABLE: 503, TIMEOUT: 503 };
const CODE: Record<string, string> = { INVALID: 'BAD_USER_INPUT' };

function error(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

function file(res: ServerResponse, body: Buffer, type: string, name: string) {
  res.writeHead(200, {
    'content-type': type, 'content-length': body.length, 'cache-control': 'no-store',
    'content-disposition': `attachment; filename="${name.replace(/[^\w.-]+/g, '_')}"`,
  });
  res.end(body);
}

/** Handles `/files/…`; returns false when the path is not one of these routes. */
export async function fileRoutes(req: IncomingMessage, res: ServerResponse, url: URL, config: Config, db: Db | undefined, limiter?: RateLimiter): Promise<boolean> {
  if (!url.pathname.startsWith('/files/')) return false;
  if (!db) { error(res, 503, 'SERVICE_UNAVAILABLE', 'Samkart is starting; try again in a moment.'); return true; }
  let viewer;
  try {
    viewer = await authenticate(req.headers.authorization, config.auth);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    error(res, 401, 'UNAUTHENTICATED', e.message);
    return true;
  }
  // The same per-client limit as /graphql (documents are costlier to make than most queries).
  const wait = limiter?.take(viewer.role === 'anonymous' ? `ip:${req.socket.remoteAddress ?? 'unknown'}` : `user:${viewer.id}`) ?? 0;
  if (wait > 0) {
    res.setHeader('retry-after', String(wait));
    error(res, 429, 'RATE_LIMITED', `Too many requests; try again in ${wait} s.`);
    return true;
  }
  const q = url.searchParams;
  try {
    if (url.pathname === '/files/reports/status' && req.method === 'GET') {
      const lang: ReportLanguage = q.get('lang') === 'en' ? 'en' : 'nb';
      const format = q.get('format') ?? 'pdf';
      if (!['pdf', 'docx'].includes(format)) { error(res, 400, 'BAD_USER_INPUT', '`format` must be pdf or docx.', { field: 'format' }); return true; }
      if (!q.get('plan')) { error(res, 400, 'BAD_USER_INPUT', '`plan` is required.', { field: 'plan' }); return true; }
      const model = await buildStatusReport(db, { plan: q.get('plan')!, round: q.get('round'), lang });
      if (format === 'pdf') file(res, await renderPdf(model), 'application/pdf', `${model.fileName}.pdf`);
      else file(res, await renderDocx(model), DOCX, `${model.fileName}.docx`);
      return true;
    }
    if (url.pathname === '/files/rounds/sheet' && req.method === 'GET') {
      if (!q.get('round')) { error(res, 400, 'BAD_USER_INPUT', '`round` is required.', { field: 'round' }); return true; }
      const sheet = await roundSheet(db, q.get('round')!, q.get('actor'));
      file(res, sheet.buffer, XLSX, sheet.fileName);
      return true;
    }
    if (url.pathname === '/files/rounds/sheet' && req.method === 'POST') {
      if (!hasRole(viewer, 'editor')) {
        if (viewer.role === 'anonymous') error(res, 401, 'UNAUTHENTICATED', 'Uploading answers needs the editor role: sign in with a bearer token.');
        else error(res, 403, 'FORBIDDEN', `Uploading answers needs the editor role; you are ${viewer.role}.`);
        return true;
      }
      const round = q.get('round');
      if (!round) { error(res, 400, 'BAD_USER_INPUT', '`round` is required.', { field: 'round' }); return true; }
      const body = await readBody(req, UPLOAD_LIMIT).catch((e: unknown) => { if (e instanceof BodyTooLarge) return null; throw e; });
      if (!body) { error(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${UPLOAD_LIMIT} bytes.`); return true; }
      const answers = await readRoundSheet(body, round);
      const recorded = await recordAnswers(db, viewer.id, round, answers, 'spreadsheet');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ data: { recorded } }));
      return true;
    }
    error(res, req.method === 'GET' || req.method === 'POST' ? 404 : 405, 'NOT_FOUND', 'No such file route.');
    return true;
  } catch (e) {
    if (e instanceof DomainError) {
      error(res, HTTP_STATUS[e.kind] ?? 400, CODE[e.kind] ?? e.kind, e.message, { ...(e.details.field ? { field: e.details.field } : {}), ...(e.details.fieldErrors ? { fieldErrors: e.details.fieldErrors } : {}) });
      return true;
    }
    // The database went away (restarting, unreachable): say so, and when to come back.
    if (e instanceof Error && neo4j.isRetryableError(e)) {
      res.setHeader('retry-after', '5');
      error(res, 503, 'DATABASE_UNAVAILABLE', 'The database is not available right now; try again shortly.');
      return true;
    }
    throw e;
  }
}
