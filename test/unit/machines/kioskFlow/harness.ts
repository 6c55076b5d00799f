// Runs the kiosk flow with in-memory actors on a simulated clock, for the scenario tests.
import { expect } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { caseRequestFlowMachine } from '../../../../machines/caseRequestFlow.js';
import type { CaseCatalog } from '../../../../machines/contracts/caseRequests.js';
import type { Intake } from '../../../../machines/contracts/floor.js';
import type { InfoContent, InfoVisit } from '../../../../machines/contracts/info.js';
import type {
  KioskNotices,
  KioskSetup,
  KioskStatus,
  PrintOutcome,
  PrintReferralInput,
  RecordInfoVisitResult,
  ScanResult,
  SubmitRequestInput,
  SubmitRequestResult,
  TakeTicketInput,
  TakeTicketResult,
  WaitForScanResult,
} from '../../../../machines/contracts/kioskApi.js';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import { infoFlowMachine } from '../../../../machines/infoFlow.js';
import {
  kioskFlowMachine,
  type NextNotices,
  type NextScan,
  noticesWatcher,
  scanWatcher,
} from '../../../../machines/kioskFlow.js';
import { submitResultFor, testCatalog } from '../caseRequestFlow/fixtures.js';
import { testContent } from '../infoFlow/fixtures.js';
import { kioskStatusFor, portlandSetup, sequentialIds, ticketResultFor } from './fixtures.js';

const setup = portlandSetup();

export type TakeTicket = (input: TakeTicketInput) => Promise<TakeTicketResult>;

export interface FlowOptions {
  takeTicket?: TakeTicket;
  loadSetup?: () => Promise<KioskSetup>;
  /** The hub's intake answer; by default the hub cannot be reached (no figures, every service offered). */
  loadIntake?: () => Promise<Intake>;
  /** The agent's status; by default online, printer ready, in service. */
  loadStatus?: () => Promise<KioskStatus>;
  /** The scanner the flow watches; by default one that never reports a scan. */
  scanner?: FakeScanner;
  /** The request flow's catalog; by default the test catalog. */
  loadCatalog?: () => Promise<CaseCatalog>;
  /** The agent's answer to a service request; by default saved and printed. */
  submitRequest?: (input: SubmitRequestInput) => Promise<SubmitRequestResult>;
  /** The information content; by default the test content. */
  loadInfoContent?: () => Promise<InfoContent>;
  /** The referral slip printer; by default it prints. */
  printReferral?: (input: PrintReferralInput) => Promise<PrintOutcome>;
  /** The agent's answer to an information visit; by default stored by the hub. */
  recordInfoVisit?: (visit: InfoVisit) => Promise<RecordInfoVisitResult>;
}

/**
 * The agent's `waitForNotices` long poll, driven by the test: `publish` makes a new version and answers the call
 * in flight; a call for an older version than the agent's is answered at once.
 */
export function fakeNotices() {
  let current: KioskNotices = { version: 0, notices: [] };
  let pending: ((answer: KioskNotices) => void) | null = null;
  const next: NextNotices = ({ afterVersion }) =>
    new Promise((resolve) => {
      if (current.version > afterVersion) resolve(current);
      else pending = resolve;
    });
  return {
    next,
    publish(notices: DeviceNotice[]) {
      current = { version: current.version + 1, notices };
      const answer = pending;
      pending = null;
      answer?.(current);
    },
  };
}

/**
 * The agent's `waitForScan` long poll, answered by the test: each call waits until the test reports a scan,
 * a quiet wait (null) or a failure. Remembers every call's `afterSeq`.
 */
export function fakeScanner() {
  const afterSeqs: number[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let pending: {
    promise: Promise<WaitForScanResult>;
    resolve: (result: WaitForScanResult) => void;
    reject: (error: Error) => void;
  } | null = null;
  /** Settles the call in flight and hands back its promise (the flow's handlers on it run first). */
  const settle = (fn: (p: NonNullable<typeof pending>) => void) => {
    if (pending === null) throw new Error('the flow is not waiting for a scan');
    const current = pending;
    pending = null;
    fn(current);
    return current.promise.then(
      () => undefined,
      () => undefined,
    );
  };
  const next: NextScan = ({ afterSeq }) => {
    let resolve!: (result: WaitForScanResult) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<WaitForScanResult>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    pending = { promise, resolve, reject };
    afterSeqs.push(afterSeq);
    for (const waiter of waiters.filter((w) => afterSeqs.length >= w.count)) waiter.resolve();
    return promise;
  };
  return {
    next,
    afterSeqs,
    /** Resolves once the flow has made `count` calls in all. */
    calls: (count: number) =>
      new Promise<void>((resolve) => {
        if (afterSeqs.length >= count) resolve();
        else waiters.push({ count, resolve });
      }),
    scan: (scan: ScanResult) => settle((p) => p.resolve({ scan })),
    quiet: () => settle((p) => p.resolve({ scan: null })),
    fail: () => settle((p) => p.reject(new Error('agent unreachable'))),
  };
}

export type FakeScanner = ReturnType<typeof fakeScanner>;

export function startFlow(opts: FlowOptions = {}) {
  const clock = new SimulatedClock();
  const calls: TakeTicketInput[] = [];
  const intakeCalls: number[] = [];
  const statusCalls: number[] = [];
  const scanner = opts.scanner ?? fakeScanner();
  const takeTicket: TakeTicket = opts.takeTicket ?? (async (input) => ticketResultFor(input));
  const requestCalls: SubmitRequestInput[] = [];
  const prints: PrintReferralInput[] = [];
  const recorded: InfoVisit[] = [];
  const notices = fakeNotices();
  const submitRequest = opts.submitRequest ?? (async (input) => submitResultFor(input));
  const machine = kioskFlowMachine.provide({
    actors: {
      loadSetup: fromPromise(opts.loadSetup ?? (async () => setup)),
      loadIntake: fromPromise(async () => {
        intakeCalls.push(clock.now());
        if (!opts.loadIntake) throw new Error('hub unreachable');
        return opts.loadIntake();
      }),
      // Not async: the flow waits on the test's own promise, so a test awaiting it runs after the flow has.
      loadStatus: fromPromise(() => {
        statusCalls.push(clock.now());
        return opts.loadStatus ? opts.loadStatus() : Promise.resolve(kioskStatusFor());
      }),
      waitForScan: scanWatcher(scanner.next),
      watchNotices: noticesWatcher(notices.next),
      recordInfoVisit: fromPromise(async ({ input }: { input: InfoVisit }) => {
        recorded.push(input);
        return opts.recordInfoVisit ? opts.recordInfoVisit(input) : { storedBy: 'hub' as const };
      }),
      infoFlow: infoFlowMachine.provide({
        actors: {
          loadInfoContent: fromPromise(opts.loadInfoContent ?? (async () => testContent())),
          printReferral: fromPromise(async ({ input }: { input: PrintReferralInput }) => {
            prints.push(input);
            return opts.printReferral ? opts.printReferral(input) : { ok: true as const };
          }),
        },
      }),
      takeTicket: fromPromise(async ({ input }: { input: TakeTicketInput }) => {
        calls.push(input);
        return takeTicket(input);
      }),
      caseRequestFlow: caseRequestFlowMachine.provide({
        actors: {
          loadCatalog: fromPromise(opts.loadCatalog ?? (async () => testCatalog())),
          submitRequest: fromPromise(async ({ input }: { input: SubmitRequestInput }) => {
            requestCalls.push(input);
            return submitRequest(input);
          }),
        },
      }),
    },
  });
  const actor = createActor(machine, {
    clock,
    input: { newRequestId: sequentialIds(), now: () => new Date(clock.now()) },
  });
  actor.start();
  return { actor, clock, calls, intakeCalls, statusCalls, scanner, requestCalls, prints, recorded, notices };
}

export type FlowActor = ReturnType<typeof startFlow>['actor'];

export const inState = (actor: FlowActor, state: string) => waitFor(actor, (s) => s.matches(state as never));

/** Waits until the flow holds an intake answer that satisfies `check` (any answer by default). */
export const intakeSettled = (
  actor: FlowActor,
  check: (intake: Intake | null) => boolean = (intake) => intake !== null,
) => waitFor(actor, (s) => check(s.context.intake));

export async function answerUpToConfirm(actor: FlowActor) {
  await inState(actor, 'welcome');
  actor.send({ type: 'visit.start' });
  actor.send({ type: 'language.chosen', language: 'es' });
  actor.send({ type: 'purpose.chosen', purpose: 'ticket' });
  actor.send({ type: 'service.chosen', serviceId: 'permits' });
  actor.send({ type: 'needs.chosen' });
  expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}
