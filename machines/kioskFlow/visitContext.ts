// The kiosk visit flow's context and events: what one visitor has entered, and how it is wiped or sent on.
import type { Intake } from '../contracts/floor.js';
import type { InfoVisit } from '../contracts/info.js';
import type {
  KioskSetup,
  KioskStatus,
  ScanResult,
  SubmitRequestResult,
  TakeTicketInput,
  TakeTicketResult,
} from '../contracts/kioskApi.js';
import type { DeviceNotice } from '../contracts/notices.js';
import type { AccessibilityNeed, Needs } from '../contracts/ticket.js';
import { type AccessModes, type AccessModesEvent, defaultModes } from './accessModes.js';

/**
 * Why taking a ticket failed, in the words the screen explains. `lease-exhausted`: the hub is unreachable and
 * this kiosk has no offline numbers left for the service's queue (the visitor is sent to the front desk).
 */
export type IssueErrorKind = 'queue-full' | 'service-closed' | 'lease-exhausted' | 'unavailable';

/** Why the visitor came: a ticket to talk with staff, to report a problem or request a service, or information. */
export type VisitPurpose = 'ticket' | 'request' | 'information';

export interface KioskFlowInput {
  /** Makes a fresh UUID for each visit's ticket request (injected: machines read no randomness). */
  newRequestId: () => string;
  /** The current time, for a service request's capture time (injected: machines read no clock). */
  now: () => Date;
}

export interface KioskFlowContext {
  newRequestId: () => string;
  now: () => Date;
  /** Loaded once at start (and again after an outage); kept across visitors. */
  setup: KioskSetup | null;
  /**
   * Which services take visitors, people ahead and the wait estimate: fetched when the service or confirm
   * screen opens (and every 30 s on the service screen). Null when the hub could not say: every service is
   * then offered as before, with no figures.
   */
  intake: Intake | null;
  /** The agent's last answer to getStatus (printer, out of service, other kiosks); kept across visitors. */
  kioskStatus: KioskStatus | null;
  /** Every notice the agent knows for this kiosk (some may start later); kept across visitors. */
  notices: DeviceNotice[];
  /** The notices showing at the last check (emergencies first), re-checked whenever the set can change. */
  showing: DeviceNotice[];
  /** Services a showing closing-early notice stopped (its closing time has come): service id → notice id. */
  closedEarly: Record<string, string>;
  /** Everything below belongs to the current visitor and is wiped on the welcome screen. */
  language: string;
  serviceId: string | null;
  needs: Needs;
  /** Generated when the visitor first confirms; a retry after a failure reuses it. */
  requestId: string | null;
  result: TakeTicketResult | null;
  /** The saved service request whose receipt screen shows (the request flow's output). */
  requestResult: SubmitRequestResult | null;
  issueError: IssueErrorKind | null;
  /** The ticket scan shown on the scan status screen. */
  scan: ScanResult | null;
  /** The anonymous record of the information part in progress; sent when that part ends, however it ends. */
  infoVisit: InfoVisit | null;
  /** The emergency screen shows the notice in this language first (the one the visitor had chosen), then English. */
  emergencyLanguage: string | null;
  /** Large text, high contrast, seated layout, audio: the visitor's own, so wiped with the visit. */
  modes: AccessModes;
}

export type KioskFlowEvent =
  | { type: 'visit.start' }
  | { type: 'language.open' }
  | { type: 'language.chosen'; language: string }
  | { type: 'purpose.chosen'; purpose: VisitPurpose }
  | { type: 'service.chosen'; serviceId: string }
  | { type: 'service.change' }
  | { type: 'interpreter.open' }
  | { type: 'interpreter.chosen'; interpreter: Needs['interpreter'] }
  | { type: 'accessibility.open' }
  | { type: 'accessibility.toggled'; need: AccessibilityNeed }
  | { type: 'accessibility.done' }
  | { type: 'needs.chosen' }
  | { type: 'visit.confirm' }
  | { type: 'visit.back' }
  | { type: 'visit.restart' }
  | { type: 'visit.retry' }
  | { type: 'idle.extend' }
  | { type: 'activity' }
  | { type: 'scan.received'; scan: ScanResult }
  | { type: 'scan.done' }
  | { type: 'notices.updated'; notices: DeviceNotice[] }
  | { type: 'notices.tick' }
  | { type: 'info.visit'; visit: InfoVisit }
  | AccessModesEvent;

/** Language used before a setup is loaded (the unavailable and loading screens). */
export const FALLBACK_LANGUAGE = 'en';

/** How long the unavailable screen waits before asking the agent for the setup again. */
export const SETUP_RETRY_MS = 15_000;

export const noNeeds = (): Needs => ({ interpreter: null, accessibility: [] });

/** The site's first language, which every visit starts in. */
export function defaultLanguage(setup: KioskSetup | null): string {
  return setup?.site.languages[0] ?? FALLBACK_LANGUAGE;
}

export function initialContext(input: KioskFlowInput): KioskFlowContext {
  return {
    newRequestId: input.newRequestId,
    now: input.now,
    setup: null,
    intake: null,
    kioskStatus: null,
    notices: [],
    showing: [],
    closedEarly: {},
    ...blankVisit(null),
  };
}

/** The visitor's part of the context, back to nothing entered. */
export function blankVisit(setup: KioskSetup | null) {
  return {
    language: defaultLanguage(setup),
    serviceId: null,
    needs: noNeeds(),
    requestId: null,
    result: null,
    requestResult: null,
    issueError: null,
    scan: null,
    infoVisit: null,
    emergencyLanguage: null,
    modes: defaultModes(),
  } satisfies Omit<
    KioskFlowContext,
    'newRequestId' | 'now' | 'setup' | 'intake' | 'kioskStatus' | 'notices' | 'showing' | 'closedEarly'
  >;
}

export function toggleNeed(list: readonly AccessibilityNeed[], need: AccessibilityNeed): AccessibilityNeed[] {
  return list.includes(need) ? list.filter((n) => n !== need) : [...list, need];
}

/** The bridge call for this visit; only called once a service is chosen and a request id exists. */
export function takeTicketInput(context: KioskFlowContext): TakeTicketInput {
  if (context.requestId === null || context.serviceId === null) {
    throw new Error('takeTicket needs a request id and a service');
  }
  return {
    requestId: context.requestId,
    serviceId: context.serviceId,
    language: context.language,
    needs: context.needs,
  };
}

/** Reads the contract error code a bridge error carries (`code`), without depending on the bridge. */
export function classifyIssueError(error: unknown): IssueErrorKind {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'queue-full' || code === 'service-closed' || code === 'lease-exhausted') return code;
  return 'unavailable';
}

export function kioskTimings(context: KioskFlowContext) {
  return (
    context.setup?.site.kiosk ?? { idleWarningSeconds: 60, idleGraceSeconds: 30, ticketShownSeconds: 20 }
  );
}
