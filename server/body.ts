/** Reading a request body with a size limit, for every HTTP route (GraphQL, import, file uploads). */
import type { IncomingMessage } from 'node:http';

/** The body passed its limit; the route answers 413. */
export class BodyTooLarge extends Error {}

/** The whole body, or BodyTooLarge as soon as it passes `limit` bytes (the rest is drained, not kept). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) { reject(new BodyTooLarge()); req.resume(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
