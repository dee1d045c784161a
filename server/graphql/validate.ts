/**
 * Input validation for mutations: zod schemas whose failures become one BAD_USER_INPUT error with
 * a message per field (`extensions.fieldErrors`: { "input.name": "..." }), so forms can show them.
 */
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { isPartialDate } from '../db/repos/dates.js';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
  .refine((s) => !CONTROL.test(s), 'must not contain control characters');
export const optionalText = (max: number) => text(max).nullish();
export const date = z.string().refine(isPartialDate, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
export const idOf = (prefix: string) => z.string().max(200, 'is too long').regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9./_-]*$`), `must be an id like ${prefix}:some-slug`);

/** Parses `value` or throws one error listing every bad field under `prefix`. */
export function validate<T extends z.ZodTypeAny>(schema: T, value: unknown, prefix: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    fieldErrors[field] ??= issue.message;
  }
  const summary = Object.entries(fieldErrors).map(([f, m]) => `${f} ${m}`).join('; ');
  throw new GraphQLError(`Invalid input: ${summary}.`, {
    extensions: { code: 'BAD_USER_INPUT', field: Object.keys(fieldErrors)[0], fieldErrors },
  });
}

export function notFound(what: string, id: string, argumentName: string): GraphQLError {
  return new GraphQLError(`No ${what} has the id "${id.slice(0, 200)}".`, { extensions: { code: 'NOT_FOUND', argumentName, field: argumentName } });
}

export function conflict(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', field, fieldErrors: { [field]: message } } });
}
