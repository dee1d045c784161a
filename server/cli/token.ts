/**
 * `npm run token -- --role editor --name alice [--days 30]`: with SAMKART_JWT_SECRET set, prints a
 * signed JWT for that role; without it, prints a new random API token and the SAMKART_API_TOKENS
 * entry to add.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';

const { values } = parseArgs({ options: { role: { type: 'string', default: 'viewer' }, name: { type: 'string', default: 'api-client' }, days: { type: 'string', default: '30' } } });
const role = values.role!;
if (!['viewer', 'editor', 'admin'].includes(role)) {
  console.error('--role must be viewer, editor or admin');
  process.exit(1);
}
const secret = process.env.SAMKART_JWT_SECRET;
if (secret) {
  const jwt = await new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' }).setSubject(values.name!).setIssuedAt()
    .setExpirationTime(`${Number(values.days)}d`)
    .setIssuer(process.env.SAMKART_JWT_ISSUER ?? 'samkart').setAudience(process.env.SAMKART_JWT_AUDIENCE ?? 'samkart')
    .sign(new TextEncoder().encode(secret));
  console.log(jwt);
} else {
  const token = randomBytes(32).toString('base64url');
  console.log(`Token for ${values.name} (${role}): ${token}`);
  console.log(`Add to SAMKART_API_TOKENS (comma-separated): ${values.name}:${role}:${token}`);
}
