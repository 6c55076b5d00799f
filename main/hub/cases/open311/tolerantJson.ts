// Reads a case store's JSON the way GeoReport servers write it: ids may be bare numbers (the spec's own
// examples), too big or zero-padded for a JavaScript number, so they are quoted before parsing and stay strings.
const idKeys = ['service_request_id', 'token', 'account_id'];
const bareId = new RegExp(`("(?:${idKeys.join('|')})"\\s*:\\s*)(-?[0-9][0-9.eE+-]*)(?=\\s*[,}\\]])`, 'g');

/** Parses JSON text with every bare numeric id turned into a string; throws SyntaxError when it is not JSON. */
export function parseTolerantJson(text: string): unknown {
  return JSON.parse(text.replace(bareId, '$1"$2"'));
}

/** An id as a string: numbers (already quoted or small) and strings alike; null when absent or empty. */
export function idText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return null;
}
