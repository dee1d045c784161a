/**
 * Turns the API's validation errors into messages per form field. The API reports a bad field as
 * `errors[].extensions.field` (with the error's message) and several as `extensions.fieldErrors`,
 * either `{ name: "message" }` or `[{ field, message }]`; field paths may be prefixed with `input.`.
 * Pure and unit-tested.
 */
export interface FieldErrors { fields: Record<string, string>; general: string[] }

interface ErrorLike { message: string; extensions?: Record<string, unknown> }

const fieldName = (path: string) => path.replace(/^input\./, '').replace(/^args\./, '');

export function fieldErrorsOf(errors: readonly ErrorLike[]): FieldErrors {
  const out: FieldErrors = { fields: {}, general: [] };
  const add = (field: string, message: string) => {
    const f = fieldName(field);
    out.fields[f] = out.fields[f] ? `${out.fields[f]} ${message}` : message;
  };
  for (const e of errors) {
    const ext = e.extensions ?? {};
    let placed = false;
    const fe = ext.fieldErrors;
    if (Array.isArray(fe)) {
      for (const item of fe) {
        if (item && typeof item === 'object' && 'field' in item) { add(String(item.field), String((item as { message?: unknown }).message ?? e.message)); placed = true; }
      }
    } else if (fe && typeof fe === 'object') {
      for (const [k, v] of Object.entries(fe)) { add(k, Array.isArray(v) ? v.join(' ') : String(v)); placed = true; }
    }
    if (!placed && typeof ext.field === 'string') { add(ext.field, e.message); placed = true; }
    if (!placed) out.general.push(e.message);
  }
  return out;
}
