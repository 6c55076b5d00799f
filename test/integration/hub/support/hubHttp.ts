// Small fetch helpers for tests that talk to a real hub process over HTTP.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueTicketBody } from '../../../../machines/contracts/index.js';
import { relaxedSiteConfig } from './testHub.js';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

export async function getJson(url: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const res = await fetch(url, { headers });
  return { status: res.status, body: await res.json() };
}

export const kioskIssue = (serviceId: string, deviceId: string): IssueTicketBody => ({
  requestId: randomUUID(),
  serviceId,
  language: 'en',
  needs: { interpreter: null, accessibility: [] },
  deviceId,
});

/** Position of a ticket number in its queue's day: "A042" → 42. */
export const positionOf = (number: string) => Number(number.replace(/^[A-Z]+/, ''));

/** Writes the test site config with relaxed rate limits and no daily caps into `dir`, for load tests. */
export function loadTestConfigFile(dir: string): string {
  const file = join(dir, 'load-test-site.json');
  const uncapped = relaxedSiteConfig((c) => ({
    ...c,
    services: c.services.map((s) => ({ ...s, dailyCap: null })),
  }));
  writeFileSync(file, JSON.stringify(uncapped));
  return file;
}
