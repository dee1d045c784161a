/**
 * Who is asking: a bearer token is either an API token listed in SAMKART_API_TOKENS or a JWT signed
 * with SAMKART_JWT_SECRET (HS256). No token means anonymous (public data only); a token that is
 * given but not valid is refused (401), never silently downgraded.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';
import type { Role, Viewer } from './context.js';

export const ROLES: Role[] = ['anonymous', 'viewer', 'editor', 'admin'];
const RANK: Record<Role, number> = { anonymous: 0, viewer: 1, editor: 2, admin: 3 };

export interface AuthConfig {
  /** "name:role:token" entries. */
  apiTokens: { name: string; role: Role; hash: Buffer }[];
  jwtSecret: Uint8Array | null;
  jwtIssuer: string | null;
  jwtAudience: string | null;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** Parses SAMKART_API_TOKENS ("alice:editor:<token>,bob:admin:<token>"); throws naming the bad entry. */
export function parseApiTokens(value: string | undefined): AuthConfig['apiTokens'] {
  if (!value) return [];
  return value.split(',').map((entry, i) => {
    const [name, role, token] = entry.trim().split(':');
    if (!name || !role || !token) throw new Error(`SAMKART_API_TOKENS entry ${i + 1} must be name:role:token`);
    if (!['viewer', 'editor', 'admin'].includes(role)) throw new Error(`SAMKART_API_TOKENS entry ${i + 1} ("${name}"): role must be viewer, editor or admin`);
    if (token.length < 24) throw new Error(`SAMKART_API_TOKENS entry ${i + 1} ("${name}"): the token must be at least 24 characters (use npm run token)`);
    return { name, role: role as Role, hash: sha256(token) };
  });
}

export class AuthError extends Error {}

/** Resolves the Authorization header to a viewer; throws AuthError for a bad token. */
export async function authenticate(header: string | undefined, auth: AuthConfig): Promise<Viewer> {
  if (!header) return { id: 'anonymous', role: 'anonymous' };
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw new AuthError('The Authorization header must be "Bearer <token>".');
  const token = m[1];
  if (token.split('.').length === 3 && auth.jwtSecret) {
    try {
      const { payload } = await jwtVerify(token, auth.jwtSecret, {
        algorithms: ['HS256'], issuer: auth.jwtIssuer ?? undefined, audience: auth.jwtAudience ?? undefined, requiredClaims: ['sub', 'exp'],
      });
      const role = payload.role;
      if (role !== 'viewer' && role !== 'editor' && role !== 'admin') throw new AuthError('The token\'s "role" claim must be viewer, editor or admin.');
      return { id: String(payload.sub), role };
    } catch (e) {
      if (e instanceof AuthError) throw e;
      throw new AuthError(`The token was refused: ${(e as Error).message}.`);
    }
  }
  const hash = sha256(token);
  const match = auth.apiTokens.find((t) => timingSafeEqual(t.hash, hash));
  if (!match) throw new AuthError('The token is not valid.');
  return { id: match.name, role: match.role };
}

/** Throws FORBIDDEN (or UNAUTHENTICATED for anonymous callers) unless the viewer has at least `role`. */
export function requireRole(viewer: Viewer, role: Exclude<Role, 'anonymous'>, what: string): void {
  if (RANK[viewer.role] >= RANK[role]) return;
  if (viewer.role === 'anonymous') {
    throw new GraphQLError(`${what} needs the ${role} role: sign in with a bearer token.`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
  }
  throw new GraphQLError(`${what} needs the ${role} role; you are ${viewer.role}.`, { extensions: { code: 'FORBIDDEN' } });
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return RANK[viewer.role] >= RANK[role];
}
