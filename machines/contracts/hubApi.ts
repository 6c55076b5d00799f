// The hub's HTTP API as one typed map: method, path, body schema and response schema per command or query.
import { z } from 'zod';
import {
  type Access,
  AuditList,
  CreateEnrolmentCodeBody,
  CreateStaffBody,
  Device,
  DeviceList,
  EnrolBody,
  EnrolmentCode,
  EnrolResult,
  LoginBody,
  Ok,
  Principal,
  StaffList,
  StaffUser,
} from './auth.js';
import {
  CaseCatalog,
  CaseOutboxStatus,
  CaseRequestResult,
  CaseStatusView,
  EditCaseRequestBody,
  FieldProblem,
  SubmitCaseRequestBody,
  SubmitCaseRequestResult,
  WithdrawCaseRequestBody,
} from './caseRequests.js';
import {
  CompleteCommandBody,
  DeviceCommand,
  DeviceCommandList,
  DeviceCommandRequest,
  DeviceInstructions,
  FindVisitQuery,
  PreviewQuery,
  PrintPreview,
  SetOutOfServiceBody,
  TicketStatusView,
} from './deviceCare.js';
import { ReportHealthBody } from './deviceHealth.js';
import { BreakReason, CounterState, Intake, NextExplanation, QueueState } from './floor.js';
import {
  InfoContent,
  InfoReportQuery,
  InfoVersionList,
  InfoVersionSummary,
  InfoVisit,
  InfoVisitReport,
  InfoVisitResult,
  PublishInfoBody,
  RestoreInfoBody,
} from './info.js';
import { DeviceNotices, NoticeBody, NoticeList, NoticeResult, WithdrawNoticeBody } from './notices.js';
import { HandOverBody, HandOverResult, LeaseList, NumberLease, RequestLeaseBody } from './offline.js';
import { ServiceLevelQuery, ServiceLevelReport } from './serviceLevels.js';
import { LanguageCode, SiteConfig, Slug } from './site.js';
import { Needs, Placement, PublicCall, ServiceDay, Ticket } from './ticket.js';
import {
  DeviceUpdateReport,
  HaltRolloutBody,
  RolloutPlan,
  StartRolloutBody,
  UpdatesOverview,
  UpdateTarget,
} from './updates.js';

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
      'service-closed',
      'counter-closed',
      'cooling-down',
      'unavailable',
      'unauthenticated',
      'forbidden',
      'rate-limited',
      'conflict',
      'lease-exhausted',
      'internal',
    ]),
    message: z.string().describe('Plain sentence saying what went wrong and what to do'),
    /** invalid-request on a service request: each field's problem, for the screen to show in its language. */
    problems: z.array(FieldProblem).optional(),
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
  priorityClass: Slug.optional().describe(
    'Staff only: a policy class chosen at the desk; kiosks may not send it',
  ),
});
export const IssueTicketResult = z.object({
  ticket: Ticket,
  peopleAhead: z.number().int().min(0).describe('Visitors waiting in the same queue when it was issued'),
  statusToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/)
    .describe('Unguessable token of the public status page /status/<token> (the ticket QR code)'),
});

export const QueueSnapshot = z.object({
  seq: z.number().int().min(0).describe('Sequence number of the last event included'),
  serviceDay: ServiceDay,
  tickets: z
    .array(Ticket)
    .describe("Today's open tickets: called, serving and parked by call time, then waiting by issue order"),
  recentCalls: z.array(PublicCall).max(50),
  counters: z.array(CounterState).describe('Every configured counter'),
  queues: z.array(QueueState).describe('Every configured queue'),
});

export const CallNextBody = z.strictObject({
  requestId: z.uuid().describe('Client-generated; a retry returns the same call'),
});
export const CallTicketBody = z.strictObject({
  ticketId: z.uuid(),
  requestId: z.uuid().describe('Client-generated; a retry returns the same call'),
});
export const TicketResult = z.object({ ticket: Ticket });
export const CallNextResult = z.object({ ticket: Ticket, explanation: NextExplanation });
export const RecallBody = z.strictObject({ counterId: Slug });
export const EmptyBody = z.strictObject({});
export const NoShowBody = EmptyBody;
export const CompleteBody = z.strictObject({
  outcomeId: Slug,
  detail: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .optional()
    .describe('Required by the outcome kind: bureau id for "referred", case reference for "case-created"'),
});
export const ResumeBody = z.strictObject({ counterId: Slug });
export const TransferBody = z
  .strictObject({
    serviceId: Slug.optional().describe('A new transaction for this service (its queue)'),
    counterId: Slug.optional().describe('Only this counter may call it next'),
    placement: Placement,
  })
  .refine((b) => b.serviceId !== undefined || b.counterId !== undefined, {
    message: 'give serviceId, counterId or both',
  });
export const RecycleBody = z.strictObject({ placement: Placement });
export const NoteBody = z.strictObject({ text: z.string().trim().min(1).max(500) });
export const WalkInBody = z.strictObject({
  requestId: z.uuid().describe('Becomes the ticket id; a retry returns the same visit'),
  serviceId: Slug,
  language: LanguageCode,
  needs: Needs,
  priorityClass: Slug.optional(),
});
export const BreakBody = z.strictObject({ reason: BreakReason });
export const QueueIntakeBody = z.strictObject({ open: z.boolean() });
export const CounterResult = z.object({ counter: CounterState });

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
  /** Who may call it; the hub refuses everyone else (401 without credentials, 403 with the wrong role). */
  access: readonly Access[];
  /** Query-string parameters (GET only), validated at the boundary like bodies. */
  query?: z.ZodType;
  /** `csv`: the response is a CSV download, not JSON. */
  format?: 'csv';
}

const anyStaff = ['desk', 'supervisor', 'facilities', 'administrator'] as const;
const deskWork = ['desk', 'supervisor'] as const;
const fleetCare = ['facilities', 'administrator'] as const;
const oversight = ['supervisor', 'administrator'] as const;

export const hubApi = {
  health: { method: 'GET', path: '/api/health', response: Health, access: ['public'] },
  getSite: { method: 'GET', path: '/api/site', response: SiteConfig, access: ['public'] },
  getQueue: { method: 'GET', path: '/api/queue', response: QueueSnapshot, access: anyStaff },
  issueTicket: {
    method: 'POST',
    path: '/api/tickets',
    body: IssueTicketBody,
    response: IssueTicketResult,
    access: ['kiosk', ...deskWork],
  },
  intake: {
    method: 'GET',
    path: '/api/intake',
    response: Intake,
    access: ['kiosk', ...anyStaff],
  },
  callNext: {
    method: 'POST',
    path: '/api/counters/:counterId/call-next',
    body: CallNextBody,
    response: CallNextResult,
    access: deskWork,
  },
  callTicket: {
    method: 'POST',
    path: '/api/counters/:counterId/call',
    body: CallTicketBody,
    response: TicketResult,
    access: deskWork,
  },
  previewNext: {
    method: 'GET',
    path: '/api/counters/:counterId/next',
    response: NextExplanation,
    access: deskWork,
  },
  walkIn: {
    method: 'POST',
    path: '/api/counters/:counterId/walk-in',
    body: WalkInBody,
    response: TicketResult,
    access: deskWork,
  },
  counterSignIn: {
    method: 'POST',
    path: '/api/counters/:counterId/sign-in',
    body: EmptyBody,
    response: CounterResult,
    access: deskWork,
  },
  counterBreak: {
    method: 'POST',
    path: '/api/counters/:counterId/break',
    body: BreakBody,
    response: CounterResult,
    access: deskWork,
  },
  counterBack: {
    method: 'POST',
    path: '/api/counters/:counterId/back',
    body: EmptyBody,
    response: CounterResult,
    access: deskWork,
  },
  counterSignOut: {
    method: 'POST',
    path: '/api/counters/:counterId/sign-out',
    body: EmptyBody,
    response: CounterResult,
    access: deskWork,
  },
  recall: {
    method: 'POST',
    path: '/api/tickets/:ticketId/recall',
    body: RecallBody,
    response: TicketResult,
    access: deskWork,
  },
  noShow: {
    method: 'POST',
    path: '/api/tickets/:ticketId/no-show',
    body: NoShowBody,
    response: TicketResult,
    access: deskWork,
  },
  complete: {
    method: 'POST',
    path: '/api/tickets/:ticketId/complete',
    body: CompleteBody,
    response: TicketResult,
    access: deskWork,
  },
  arrive: {
    method: 'POST',
    path: '/api/tickets/:ticketId/arrive',
    body: EmptyBody,
    response: TicketResult,
    access: deskWork,
  },
  park: {
    method: 'POST',
    path: '/api/tickets/:ticketId/park',
    body: EmptyBody,
    response: TicketResult,
    access: deskWork,
  },
  resume: {
    method: 'POST',
    path: '/api/tickets/:ticketId/resume',
    body: ResumeBody,
    response: TicketResult,
    access: deskWork,
  },
  transfer: {
    method: 'POST',
    path: '/api/tickets/:ticketId/transfer',
    body: TransferBody,
    response: TicketResult,
    access: deskWork,
  },
  recycle: {
    method: 'POST',
    path: '/api/tickets/:ticketId/recycle',
    body: RecycleBody,
    response: TicketResult,
    access: deskWork,
  },
  markLeft: {
    method: 'POST',
    path: '/api/tickets/:ticketId/left',
    body: EmptyBody,
    response: TicketResult,
    access: deskWork,
  },
  addNote: {
    method: 'POST',
    path: '/api/tickets/:ticketId/notes',
    body: NoteBody,
    response: TicketResult,
    access: deskWork,
  },
  cancelByVisitor: {
    method: 'POST',
    path: '/api/status/:token/cancel',
    body: EmptyBody,
    response: Ok,
    access: ['public'],
  },
  setQueueIntake: {
    method: 'POST',
    path: '/api/queues/:queueId/intake',
    body: QueueIntakeBody,
    response: QueueState,
    access: oversight,
  },
  serviceLevels: {
    method: 'GET',
    path: '/api/reports/service-levels',
    query: ServiceLevelQuery,
    response: ServiceLevelReport,
    access: oversight,
  },
  exportServiceLevels: {
    method: 'GET',
    path: '/api/reports/service-levels/export',
    query: ServiceLevelQuery,
    response: z.string(),
    access: oversight,
    format: 'csv',
  },
  login: {
    method: 'POST',
    path: '/api/auth/login',
    body: LoginBody,
    response: Principal,
    access: ['public'],
  },
  logout: {
    method: 'POST',
    path: '/api/auth/logout',
    body: z.strictObject({}),
    response: Ok,
    access: anyStaff,
  },
  signOutEverywhere: {
    method: 'POST',
    path: '/api/auth/sign-out-everywhere',
    body: z.strictObject({}),
    response: Ok,
    access: anyStaff,
  },
  me: { method: 'GET', path: '/api/auth/me', response: Principal, access: [...anyStaff, 'kiosk', 'display'] },
  listStaff: { method: 'GET', path: '/api/staff', response: StaffList, access: ['administrator'] },
  createStaff: {
    method: 'POST',
    path: '/api/staff',
    body: CreateStaffBody,
    response: StaffUser,
    access: ['administrator'],
  },
  disableStaff: {
    method: 'POST',
    path: '/api/staff/:userId/disable',
    body: z.strictObject({}),
    response: StaffUser,
    access: ['administrator'],
  },
  createEnrolmentCode: {
    method: 'POST',
    path: '/api/devices/enrolment-codes',
    body: CreateEnrolmentCodeBody,
    response: EnrolmentCode,
    access: fleetCare,
  },
  enrol: {
    method: 'POST',
    path: '/api/devices/enrol',
    body: EnrolBody,
    response: EnrolResult,
    access: ['public'],
  },
  listDevices: { method: 'GET', path: '/api/devices', response: DeviceList, access: fleetCare },
  disableDevice: {
    method: 'POST',
    path: '/api/devices/:deviceId/disable',
    body: z.strictObject({}),
    response: Device,
    access: fleetCare,
  },
  /** A kiosk's latest printer health; the hub keeps one report per device (the newest). */
  reportHealth: {
    method: 'POST',
    path: '/api/devices/me/health',
    body: ReportHealthBody,
    response: Ok,
    access: ['kiosk'],
  },
  /** Queues a command for a kiosk (test print, reprint, clear a fault); it runs when the kiosk next polls. */
  queueDeviceCommand: {
    method: 'POST',
    path: '/api/devices/:deviceId/commands',
    body: DeviceCommandRequest,
    response: DeviceCommand,
    access: fleetCare,
  },
  /** A kiosk's recent commands (newest first, at most 20) with their results. */
  listDeviceCommands: {
    method: 'GET',
    path: '/api/devices/:deviceId/commands',
    response: DeviceCommandList,
    access: fleetCare,
  },
  /** Takes a kiosk out of service with a visitor-facing message, or (message null) puts it back. */
  setOutOfService: {
    method: 'POST',
    path: '/api/devices/:deviceId/out-of-service',
    body: SetOutOfServiceBody,
    response: Device,
    access: fleetCare,
  },
  /** What the calling kiosk should do: pending commands (marked fetched), out of service, other kiosks. */
  deviceInstructions: {
    method: 'GET',
    path: '/api/devices/me/instructions',
    response: DeviceInstructions,
    access: ['kiosk'],
  },
  /** The calling kiosk reports a command's result; a second report for the same command is refused (conflict). */
  completeDeviceCommand: {
    method: 'POST',
    path: '/api/devices/me/commands/:commandId',
    body: CompleteCommandBody,
    response: DeviceCommand,
    access: ['kiosk'],
  },
  /** The desk asks the kiosk that issued a ticket to print it again. */
  reprintTicket: {
    method: 'POST',
    path: '/api/tickets/:ticketId/reprint',
    body: EmptyBody,
    response: DeviceCommand,
    access: [...deskWork, ...fleetCare],
  },
  /** A sample printout for a printer model and language, rendered from the ESC/POS bytes as a PNG. */
  printPreview: {
    method: 'GET',
    path: '/api/previews/print',
    query: PreviewQuery,
    response: PrintPreview,
    access: fleetCare,
  },
  /** A ticket's public status by its status token (a kiosk scan or the status page's script). */
  ticketStatus: {
    method: 'GET',
    path: '/api/status/:token',
    response: TicketStatusView,
    access: ['public'],
  },
  /** Today's visit for a scanned status URL or token, or a typed ticket number. */
  findVisit: {
    method: 'GET',
    path: '/api/tickets/find',
    query: FindVisitQuery,
    response: TicketResult,
    access: deskWork,
  },
  /** A block of offline numbers for one queue, today, for the calling kiosk (idempotent on requestId). */
  requestLease: {
    method: 'POST',
    path: '/api/devices/me/leases',
    body: RequestLeaseBody,
    response: NumberLease,
    access: ['kiosk'],
  },
  /** The calling kiosk's leases for today. */
  listLeases: { method: 'GET', path: '/api/devices/me/leases', response: LeaseList, access: ['kiosk'] },
  /** Tickets the calling kiosk issued while the hub was unreachable, placed by issue time (idempotent per id). */
  handOverOfflineTickets: {
    method: 'POST',
    path: '/api/tickets/offline',
    body: HandOverBody,
    response: HandOverResult,
    access: ['kiosk'],
  },
  /** The case store's services and their questions (the hub's cached copy; usable while the case store is down). */
  caseCatalog: {
    method: 'GET',
    path: '/api/case-services',
    response: CaseCatalog,
    access: ['kiosk', ...deskWork, ...oversight],
  },
  /**
   * Records a walk-in service request and its outbox entry in one transaction; answers only after the commit.
   * Idempotent on requestId. Refuses invalid content (invalid-request with `problems`) unless `handOver`.
   */
  submitCaseRequest: {
    method: 'POST',
    path: '/api/case-requests',
    body: SubmitCaseRequestBody,
    response: SubmitCaseRequestResult,
    access: ['kiosk', ...deskWork],
  },
  /** A request's public status by its status token (the receipt QR); nothing personal. */
  caseRequestStatus: {
    method: 'GET',
    path: '/api/case-status/:token',
    response: CaseStatusView,
    access: ['public'],
  },
  /** Outbox depth and age, last success, breaker, and the review list. */
  caseOutboxStatus: {
    method: 'GET',
    path: '/api/case-requests/outbox',
    response: CaseOutboxStatus,
    access: [...oversight, 'facilities'],
  },
  /** Correct a request in review (service, answers, place, description) and queue it again. */
  editCaseRequest: {
    method: 'POST',
    path: '/api/case-requests/:requestId/edit',
    body: EditCaseRequestBody,
    response: CaseRequestResult,
    access: oversight,
  },
  /** Queue a request in review again as it is, with its attempts reset. */
  retryCaseRequest: {
    method: 'POST',
    path: '/api/case-requests/:requestId/retry',
    body: EmptyBody,
    response: CaseRequestResult,
    access: oversight,
  },
  /** Withdraw a request in review: it is never sent (again) and its personal data is purged at once. */
  withdrawCaseRequest: {
    method: 'POST',
    path: '/api/case-requests/:requestId/withdraw',
    body: WithdrawCaseRequestBody,
    response: CaseRequestResult,
    access: oversight,
  },
  /** Resume delivery after the case store refused the API key (after the key was fixed). */
  resumeCaseDelivery: {
    method: 'POST',
    path: '/api/case-requests/outbox/resume',
    body: EmptyBody,
    response: CaseOutboxStatus,
    access: oversight,
  },
  /** The published information topics (the shipped starter set, version 0, until a supervisor publishes). */
  getInfoContent: {
    method: 'GET',
    path: '/api/info',
    response: InfoContent,
    access: ['kiosk', 'display', ...anyStaff],
  },
  /** The version history of the information topics, newest first. */
  listInfoVersions: {
    method: 'GET',
    path: '/api/info/versions',
    response: InfoVersionList,
    access: oversight,
  },
  /** One published version in full (preview, compare, export). */
  getInfoVersion: {
    method: 'GET',
    path: '/api/info/versions/:version',
    response: InfoContent,
    access: oversight,
  },
  /** Publishes a new version of every group and topic; `conflict` when someone else published meanwhile. */
  publishInfo: {
    method: 'POST',
    path: '/api/info/publish',
    body: PublishInfoBody,
    response: InfoVersionSummary,
    access: oversight,
  },
  /** Undo: publishes an earlier version's content again as a new version. */
  restoreInfoVersion: {
    method: 'POST',
    path: '/api/info/versions/:version/restore',
    body: RestoreInfoBody,
    response: InfoVersionSummary,
    access: oversight,
  },
  /** Records one information-only kiosk visit, anonymously; idempotent on its id. */
  recordInfoVisit: {
    method: 'POST',
    path: '/api/info/visits',
    body: InfoVisit,
    response: InfoVisitResult,
    access: ['kiosk'],
  },
  /** Which information needs brought people in, by topic and language, over site-local dates. */
  infoVisitReport: {
    method: 'GET',
    path: '/api/reports/information',
    query: InfoReportQuery,
    response: InfoVisitReport,
    access: oversight,
  },
  /** Every notice not ended or withdrawn, and those that ended in the last 7 days, newest first. */
  listNotices: { method: 'GET', path: '/api/notices', response: NoticeList, access: anyStaff },
  /** Publishes a notice; devices targeted receive it on their event streams at once. Audited. */
  publishNotice: {
    method: 'POST',
    path: '/api/notices',
    body: NoticeBody,
    response: NoticeResult,
    access: oversight,
  },
  /** Changes a notice (text, times, targets, closing); its version grows. Audited. */
  updateNotice: {
    method: 'POST',
    path: '/api/notices/:noticeId',
    body: NoticeBody,
    response: NoticeResult,
    access: oversight,
  },
  /** Withdraws a notice at once from every device. Audited. */
  withdrawNotice: {
    method: 'POST',
    path: '/api/notices/:noticeId/withdraw',
    body: WithdrawNoticeBody,
    response: NoticeResult,
    access: oversight,
  },
  /** The notices this device should know about (the same list its event stream sends). */
  deviceNotices: {
    method: 'GET',
    path: '/api/devices/me/notices',
    response: DeviceNotices,
    access: ['kiosk', 'display'],
  },
  /** The rollout plan, the update files the hub holds, and every device's version and update state. */
  listUpdates: { method: 'GET', path: '/api/updates', response: UpdatesOverview, access: fleetCare },
  /** Starts rolling out a version the hub has files for: the pilot kiosk first. Audited. */
  startRollout: {
    method: 'POST',
    path: '/api/updates/rollout',
    body: StartRolloutBody,
    response: RolloutPlan,
    access: ['administrator'],
  },
  /** Halts the rollout: every kiosk goes (back) to the last good version. Audited. */
  haltRollout: {
    method: 'POST',
    path: '/api/updates/rollout/halt',
    body: HaltRolloutBody,
    response: RolloutPlan,
    access: ['administrator'],
  },
  /** The version the calling kiosk should run, and the folder of its update files on the hub. */
  deviceUpdateTarget: {
    method: 'GET',
    path: '/api/devices/me/update',
    response: UpdateTarget,
    access: ['kiosk'],
  },
  /** The calling kiosk's update state (downloading, installed, healthy, rolled back, failed). */
  reportDeviceUpdate: {
    method: 'POST',
    path: '/api/devices/me/update',
    body: DeviceUpdateReport,
    response: Ok,
    access: ['kiosk'],
  },
  listAudit: { method: 'GET', path: '/api/audit', response: AuditList, access: ['administrator'] },
  exportAudit: {
    method: 'GET',
    path: '/api/audit/export',
    response: z.string(),
    access: ['administrator'],
    format: 'csv',
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
export type HubQuery<K extends HubRoute> = HubApi[K] extends { query: z.ZodType }
  ? z.input<HubApi[K]['query']>
  : undefined;
export type HubResponse<K extends HubRoute> = z.infer<HubApi[K]['response']>;

export type IssueTicketBody = z.infer<typeof IssueTicketBody>;
export type IssueTicketResult = z.infer<typeof IssueTicketResult>;
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;
export type Health = z.infer<typeof Health>;
export type CallNextResult = z.infer<typeof CallNextResult>;
export type CompleteBody = z.infer<typeof CompleteBody>;
export type TransferBody = z.infer<typeof TransferBody>;
export type RecycleBody = z.infer<typeof RecycleBody>;
export type WalkInBody = z.infer<typeof WalkInBody>;

/** Fills `:name` segments of a route path, URL-encoding each value. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
