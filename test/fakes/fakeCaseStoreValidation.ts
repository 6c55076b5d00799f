// Checks a GeoReport v2 submission form the way a strict case store does: service code, a location, the
// description's length, and each variable attribute of the service's definition (required, list keys,
// numbers, dates). Unknown attributes are ignored, as most servers do.
import type { FakeAttribute, FakeCatalog } from './fakeCaseStoreData.js';

export interface StoreError {
  code: number;
  description: string;
}

export interface Refusal {
  status: 400 | 404;
  errors: StoreError[];
}

/** Every value sent for an attribute, as `attribute[CODE]` or `attribute[CODE][]`. */
export function attributeValues(form: URLSearchParams, code: string): string[] {
  return [...form.getAll(`attribute[${code}]`), ...form.getAll(`attribute[${code}][]`)].filter(
    (v) => v !== '',
  );
}

function attributeProblem(attribute: FakeAttribute, values: string[]): string | null {
  const name = `attribute[${attribute.code}]`;
  if (values.length === 0) return attribute.required ? `${name} is required` : null;
  const keys = new Set((attribute.values ?? []).map((v) => v.key));
  switch (attribute.datatype) {
    case 'singlevaluelist':
      return values.length === 1 && keys.has(values[0]!) ? null : `${name} must be one of the listed values`;
    case 'multivaluelist':
      return values.every((v) => keys.has(v)) ? null : `${name} must be among the listed values`;
    case 'number':
      return values.length === 1 && /^-?\d+(\.\d+)?$/.test(values[0]!.trim())
        ? null
        : `${name} must be a number`;
    case 'datetime':
      return values.length === 1 && !Number.isNaN(Date.parse(values[0]!))
        ? null
        : `${name} must be a date and time`;
    default:
      return values.length === 1 ? null : `${name} takes one value`;
  }
}

/** Why the store refuses this submission, or null when it accepts it. */
export function refusalOf(form: URLSearchParams, catalog: FakeCatalog): Refusal | null {
  const code = form.get('service_code');
  if (!code) return { status: 400, errors: [{ code: 400, description: 'service_code is required' }] };
  if (!catalog.services.some((s) => s.service_code === code)) {
    return { status: 404, errors: [{ code: 404, description: `service_code ${code} was not found` }] };
  }
  const problems: string[] = [];
  const lat = form.get('lat');
  const long = form.get('long');
  const hasPoint = lat !== null && long !== null;
  if (hasPoint && (Number.isNaN(Number(lat)) || Number.isNaN(Number(long)))) {
    problems.push('lat and long must be numbers');
  }
  if (!hasPoint && !form.get('address_string') && !form.get('address_id')) {
    problems.push('a location is required: lat and long, address_string or address_id');
  }
  if ((form.get('description') ?? '').length > 4000)
    problems.push('description must be at most 4000 characters');
  for (const attribute of catalog.definitions[code]?.attributes ?? []) {
    if (!attribute.variable) continue;
    const problem = attributeProblem(attribute, attributeValues(form, attribute.code));
    if (problem !== null) problems.push(problem);
  }
  if (problems.length === 0) return null;
  return { status: 400, errors: problems.map((description) => ({ code: 400, description })) };
}
