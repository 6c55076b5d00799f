// Small fetch helpers for tests that talk to a real hub process over HTTP.
import { randomUUID } from 'node:crypto';
import type { IssueTicketBody } from '../../../../machines/contracts/index.js';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export async function postJson(url: string, body: unknown): Promise<HttpAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

export async function getJson(url: string): Promise<HttpAnswer> {
  const res = await fetch(url);
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
