// The hub's HTTP API as one typed map: method, path, body schema and response schema per command or query.
import { z } from 'zod';
import { LanguageCode, SiteConfig, Slug } from './site.js';
import { Needs, PublicCall, ServiceDay, Ticket } from './ticket.js';

export const ApiError = z.object({
  error: z.object({
    code: z.enum([
      'invalid-request',
      'unknown-service',
      'unknown-counter',
      'unknown-outcome',
      'not-found',
      'nothing-waiting',
      'wrong-state',
      'queue-full',
      'unavailable',
      'internal',
    ]),
    message: z.string().describe('Plain sentence saying what went wrong and what to do'),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
export type ApiErrorCode = ApiError['error']['code'];

export const IssueTicketBody = z.strictObject({
  requestId: z.uuid().describe('Client-generated; becomes the ticket id, so a retry returns the same ticket'),
  serviceId: Slug,
  language: LanguageCode,
  needs: Needs,
  deviceId: z.string().min(1).max(64).describe('The kiosk (or desk) that issued it'),
});
export const IssueTicketResult = z.object({
  ticket: Ticket,
  peopleAhead: z.number().int().min(0).describe('Visitors waiting in the same queue when it was issued'),
});

export const QueueSnapshot = z.object({
  seq: z.number().int().min(0).describe('Sequence number of the last event included'),
  serviceDay: ServiceDay,
  tickets: z.array(Ticket).describe("Today's tickets that are waiting or called, in call order"),
  recentCalls: z.array(PublicCall).max(50),
});

export const CallNextBody = z.strictObject({
  requestId: z.uuid().describe('Client-generated; a retry returns the same call'),
});
export const TicketResult = z.object({ ticket: Ticket });
export const RecallBody = z.strictObject({ counterId: Slug });
export const NoShowBody = z.strictObject({});
export const CompleteBody = z.strictObject({ outcomeId: Slug });

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  serviceDay: ServiceDay,
  time: z.iso.datetime(),
});

interface RouteDef {
  method: 'GET' | 'POST';
  path: string;
  body?: z.ZodType;
  response: z.ZodType;
}

export const hubApi = {
  health: { method: 'GET', path: '/api/health', response: Health },
  getSite: { method: 'GET', path: '/api/site', response: SiteConfig },
  getQueue: { method: 'GET', path: '/api/queue', response: QueueSnapshot },
  issueTicket: { method: 'POST', path: '/api/tickets', body: IssueTicketBody, response: IssueTicketResult },
  callNext: {
    method: 'POST',
    path: '/api/counters/:counterId/call-next',
    body: CallNextBody,
    response: TicketResult,
  },
  recall: { method: 'POST', path: '/api/tickets/:ticketId/recall', body: RecallBody, response: TicketResult },
  noShow: {
    method: 'POST',
    path: '/api/tickets/:ticketId/no-show',
    body: NoShowBody,
    response: TicketResult,
  },
  complete: {
    method: 'POST',
    path: '/api/tickets/:ticketId/complete',
    body: CompleteBody,
    response: TicketResult,
  },
} as const satisfies Record<string, RouteDef>;

export type HubApi = typeof hubApi;
export type HubRoute = keyof HubApi;
type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
export type HubParams<K extends HubRoute> = { [N in PathParams<HubApi[K]['path']>]: string };
export type HubBody<K extends HubRoute> = HubApi[K] extends { body: z.ZodType }
  ? z.input<HubApi[K]['body']>
  : undefined;
export type HubResponse<K extends HubRoute> = z.infer<HubApi[K]['response']>;

export type IssueTicketBody = z.infer<typeof IssueTicketBody>;
export type IssueTicketResult = z.infer<typeof IssueTicketResult>;
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;
export type Health = z.infer<typeof Health>;

/** Fills `:name` segments of a route path, URL-encoding each value. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
