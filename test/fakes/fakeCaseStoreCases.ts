// The fake case store's records: cases created (with their contact details, which GET answers never show),
// batch tokens waiting to become cases, and the GeoReport JSON of a case as GET requests.json returns it.
import { attributeValues } from './fakeCaseStoreValidation.js';

export interface FakeCase {
  serviceRequestId: string;
  serviceCode: string;
  serviceName: string;
  status: 'open' | 'closed';
  description: string;
  requestedAt: string;
  updatedAt: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  /** Every `attribute[...]` sent, by code (several values for multi-value lists). */
  attributes: Record<string, string[]>;
  contact: { email: string | null; firstName: string | null; lastName: string | null; phone: string | null };
  idempotencyKey: string | null;
  /** `attribute[lobby311_request_id]`, when sent. */
  clientRequestId: string | null;
  /** The batch token it came from, if any. */
  token: string | null;
  /** GET requests.json lists that will still leave it out (lookup-lag). */
  hiddenForLookups: number;
}

export interface FakeToken {
  token: string;
  /** Set once the batch job has made the case. */
  serviceRequestId: string | null;
  submittedAt: string;
  /** The case waiting to be created. */
  pending: FakeCase;
}

const ATTRIBUTE = /^attribute\[([^\]]+)\](\[\])?$/;

/** A case from an accepted submission form (its id and times given by the store). */
export function caseFromForm(
  form: URLSearchParams,
  fields: {
    id: string;
    serviceName: string;
    at: string;
    idempotencyKey: string | null;
    hiddenForLookups: number;
  },
): FakeCase {
  const attributes: Record<string, string[]> = {};
  for (const key of new Set(form.keys())) {
    const code = ATTRIBUTE.exec(key)?.[1];
    if (code !== undefined) attributes[code] = attributeValues(form, code);
  }
  const number = (name: string) => {
    const value = form.get(name);
    return value === null || value === '' ? null : Number(value);
  };
  return {
    serviceRequestId: fields.id,
    serviceCode: form.get('service_code') ?? '',
    serviceName: fields.serviceName,
    status: 'open',
    description: form.get('description') ?? '',
    requestedAt: fields.at,
    updatedAt: fields.at,
    address: form.get('address_string'),
    lat: number('lat'),
    long: number('long'),
    attributes,
    contact: {
      email: form.get('email'),
      firstName: form.get('first_name'),
      lastName: form.get('last_name'),
      phone: form.get('phone'),
    },
    idempotencyKey: fields.idempotencyKey,
    clientRequestId: attributes.lobby311_request_id?.[0] ?? null,
    token: null,
    hiddenForLookups: fields.hiddenForLookups,
  };
}

/** A case as GeoReport GET answers show it: never contact details. */
export function publicView(c: FakeCase): Record<string, unknown> {
  return {
    service_request_id: c.serviceRequestId,
    status: c.status,
    status_notes: null,
    service_name: c.serviceName,
    service_code: c.serviceCode,
    description: c.description,
    agency_responsible: 'City of Portland',
    service_notice: null,
    requested_datetime: c.requestedAt,
    updated_datetime: c.updatedAt,
    expected_datetime: null,
    address: c.address,
    address_id: null,
    zipcode: null,
    lat: c.lat,
    long: c.long,
    media_url: null,
  };
}

function dateParam(query: URLSearchParams, name: string): number | null {
  const value = query.get(name);
  const ms = value === null ? Number.NaN : Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

const NINETY_DAYS_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * The cases a GET requests.json query selects, newest first, at most 1000: by service_request_id (a comma
 * list, other filters then ignored), else by service_code (comma list), status and a date window (the last 90
 * days by default). Cases still hidden by lookup-lag are left out and count one list down.
 */
export function listCases(cases: FakeCase[], query: URLSearchParams, nowMs: number): FakeCase[] {
  const list = (name: string) =>
    query
      .get(name)
      ?.split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '') ?? [];
  const ids = list('service_request_id');
  const codes = list('service_code');
  const status = query.get('status');
  const end = dateParam(query, 'end_date');
  const start = dateParam(query, 'start_date') ?? (end ?? nowMs) - NINETY_DAYS_MS;
  const selected: FakeCase[] = [];
  for (const c of cases) {
    if (c.hiddenForLookups > 0) {
      c.hiddenForLookups -= 1;
      continue;
    }
    if (ids.length > 0) {
      if (ids.includes(c.serviceRequestId)) selected.push(c);
      continue;
    }
    const at = Date.parse(c.requestedAt);
    if (codes.length > 0 && !codes.includes(c.serviceCode)) continue;
    if (status !== null && status !== '' && c.status !== status) continue;
    if (at < start || (end !== null && at > end)) continue;
    selected.push(c);
  }
  return selected.reverse().slice(0, 1000);
}
