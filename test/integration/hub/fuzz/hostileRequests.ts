// A seeded generator of random and hostile requests for one hubApi route: bodies, content types, path params
// and query strings (for routes with a query schema).
import type { InjectOptions } from 'fastify';
import type { z } from 'zod';
import { type HubRoute, hubApi } from '../../../../machines/contracts/index.js';

/** mulberry32: a tiny, fast, seedable PRNG so every run sends the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u200B\u200D\uFEFF',
  '\uD800',
  '😀'.repeat(50),
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; DROP TABLE tickets; --',
  '../../../etc/passwd',
  '%00',
  '__proto__',
  'constructor',
  'NaN',
  '1e309',
  '-0',
  'Infinity',
  'null',
  'true',
  '{"a":1}',
  '=HYPERLINK("http://evil")',
  'Maria Garcia',
  '503-555-0142',
  'maria.garcia@example.com',
  'K7QM-4XPA',
  'counter-1',
  'utility-bills',
  '00000000-0000-4000-8000-000000000000',
];

const hostileNumbers = [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MIN_VALUE, 9999, 65536];

/** JSON texts that are not what a route wants: malformed, wrong types, tricky numbers, prototype keys. */
const rawBodies = [
  '{',
  '}',
  '{"a":}',
  "{'a':1}",
  '{"a":1,}',
  'NaN',
  '[1,2',
  '{"requestId": 1e309}',
  '{"n": -0}',
  '{"n": 123456789012345678901234567890}',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"a": "\\ud800"}',
  '\uFEFF{}',
  'null',
  'true',
  '"string"',
  '123',
  '[]',
  '[{}]',
  ' ',
  '\u0000',
];

const contentTypes = [
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  undefined,
];

const hostileParams = [
  '..',
  '../..',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  'a%00b',
  '%2e%2e',
  '%E2%80%AE',
  '%F0%9F%98%80',
  'x'.repeat(2000),
  '00000000-0000-4000-8000-000000000000',
  'COUNTER-1',
  'counter-1',
  'kiosk-1',
  '%',
  '%zz',
  '503-555-0142',
];

export interface HostileRequest {
  options: InjectOptions;
  /** What the request is, for failure messages. */
  label: string;
}

/** Field names the route's body schema knows (so hostile values reach real fields), or none. */
function bodyFields(route: HubRoute): string[] {
  const body = (hubApi[route] as { body?: z.ZodType }).body;
  const shape = (body as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Query parameter names the route's query schema knows, or none. */
function queryFields(route: HubRoute): string[] {
  const query = (hubApi[route] as { query?: z.ZodType }).query;
  const shape = (query as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Query values that are sometimes right (so the success path is fuzzed too) and mostly hostile. */
const queryValues = [
  '2026-11-26',
  '2026-11-27',
  '2025-01-01',
  'service',
  'hour',
  'language',
  '',
  'x'.repeat(300),
];

export function createHostileRequests(route: HubRoute, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fields = bodyFields(route);
  const { method, path } = hubApi[route];

  function value(depth: number): unknown {
    const kind = Math.floor(random() * (depth > 3 ? 4 : 7));
    if (kind === 0) return pick(hostileStrings);
    if (kind === 1) return pick(hostileNumbers);
    if (kind === 2) return pick([true, false, null]);
    if (kind === 3) return pick([[], {}, [null], '']);
    if (kind === 4) return Array.from({ length: 1 + Math.floor(random() * 3) }, () => value(depth + 1));
    return object(depth + 1);
  }

  function object(depth: number): Record<string, unknown> {
    const keys = [...fields, '__proto__', 'constructor', 'prototype', 'extra', pick(hostileStrings)];
    const result: Record<string, unknown> = {};
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) result[pick(keys)] = value(depth);
    if (Object.keys(result).length === 0) result.extra = value(depth);
    return result;
  }

  function deep(levels: number): string {
    return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  }

  function payload(): { body: string; label: string } {
    const kind = Math.floor(random() * 10);
    if (kind <= 3) return { body: JSON.stringify(object(0)), label: 'object of hostile fields' };
    if (kind === 4) return { body: JSON.stringify(value(0)), label: 'hostile JSON value' };
    if (kind === 5) return { body: pick(rawBodies), label: 'raw text' };
    if (kind === 6) return { body: deep(1000 + Math.floor(random() * 9000)), label: 'deep nesting' };
    if (kind === 7)
      return { body: JSON.stringify({ [fields[0] ?? 'a']: 'x'.repeat(70_000) }), label: 'oversized' };
    if (kind === 8) return { body: JSON.stringify([object(0)]), label: 'array for object' };
    return {
      body: `{"__proto__":{"polluted":true},"${fields[0] ?? 'a'}":"x"}`,
      label: 'prototype pollution',
    };
  }

  const queryKeys = queryFields(route);

  /** Percent-encodes `text`; a lone surrogate (which encodeURIComponent refuses) goes as its raw UTF-8 bytes. */
  const percentEncoded = (text: string) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return '%ED%A0%80';
    }
  };

  function query(): string {
    const keys = [...queryKeys, ...queryKeys, 'extra', '__proto__', pick(hostileStrings)];
    const parts: string[] = [];
    const count = Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
      const raw = random() < 0.5 ? pick(queryValues) : String(pick(hostileStrings));
      parts.push(`${percentEncoded(pick(keys))}=${percentEncoded(raw)}`);
    }
    if (random() < 0.3) parts.splice(0, parts.length, 'from=2026-11-26', 'to=2026-11-26');
    return parts.length === 0 ? '' : `?${parts.join('&')}`;
  }

  function url(): string {
    if (queryKeys.length > 0) return `${path}${query()}`;
    if (!path.includes(':')) return random() < 0.1 ? `${path}?view=staff&a=%00&b=${'x'.repeat(3000)}` : path;
    return path.replace(/:([A-Za-z]+)/g, () => {
      const raw = pick(hostileParams);
      return random() < 0.5 ? encodeURIComponent(raw) : raw;
    });
  }

  return (): HostileRequest => {
    const target = url();
    if (method === 'GET') {
      return { options: { method, url: target }, label: `GET ${target.slice(0, 80)}` };
    }
    const { body, label } = payload();
    const type = pick(contentTypes);
    return {
      options: { method, url: target, payload: body, headers: type ? { 'content-type': type } : {} },
      label: `${method} ${target.slice(0, 80)} [${type ?? 'no content-type'}] ${label}: ${body.slice(0, 60)}`,
    };
  };
}
