// Test data for the kiosk flow: the real site config, a ticket result, deterministic ids, all state paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getShortestPaths } from 'xstate/graph';
import type { Intake } from '../../../../machines/contracts/floor.js';
import {
  type KioskSetup,
  KioskStatus,
  type ScanResult,
  type TakeTicketInput,
  type TakeTicketResult,
} from '../../../../machines/contracts/kioskApi.js';
import { SiteConfig } from '../../../../machines/contracts/site.js';
import { type KioskFlowEvent, kioskFlowMachine } from '../../../../machines/kioskFlow.js';
import { newVisit } from '../../../../machines/queue/newVisit.js';
import { submitResultFor } from '../caseRequestFlow/fixtures.js';
import { testNotice } from '../infoFlow/fixtures.js';

const sitePath = join(import.meta.dirname, '../../../../assets/site/portland-building.json');

export function portlandSetup(): KioskSetup {
  return { deviceId: 'kiosk-test-1', site: SiteConfig.parse(JSON.parse(readFileSync(sitePath, 'utf8'))) };
}

/** Request ids 00000000-0000-4000-8000-000000000001, …02, … in order, so tests can tell them apart. */
export function sequentialIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
  };
}

/** What the agent answers for an issued ticket, built from the request like the hub would. */
export function ticketResultFor(input: TakeTicketInput, printed = true): TakeTicketResult {
  return {
    ticket: newVisit({
      id: input.requestId,
      number: 'P007',
      queueId: 'permits',
      serviceId: input.serviceId,
      language: input.language,
      needs: input.needs,
      priorityClass: 'standard',
      serviceDay: '2026-03-09',
      issuedAt: '2026-03-09T17:00:00.000Z',
    }),
    peopleAhead: 3,
    print: printed ? { ok: true } : { ok: false, reason: 'printer-error' },
    offline: false,
  };
}

/** The agent's status: online, printer ready, in service, unless `change` says otherwise. */
export function kioskStatusFor(change: Partial<KioskStatus> = {}): KioskStatus {
  return KioskStatus.parse({ hub: 'online', printer: 'ready', device: 'enrolled', ...change });
}

/** Facilities' out-of-service notice, as the agent reports it. */
export const closedNotice = {
  message: 'Please use the kiosk by the elevators',
  since: '2026-03-09T16:00:00.000Z',
};

/** A printer out of paper, as the printer health machine reports it. */
export const paperOut = {
  state: 'paperOut',
  canPrint: false,
  fault: 'paper-out',
  since: '2026-03-09T16:30:00.000Z',
  lastGoodAt: '2026-03-09T16:29:00.000Z',
} as const;

/** A scanned ticket still waiting: 3 people ahead, 10–15 minutes. */
export function waitingScan(seq = 1): ScanResult {
  return {
    kind: 'ticket',
    seq,
    status: {
      number: 'P004',
      serviceId: 'permits',
      status: 'waiting',
      peopleAhead: 3,
      estimatedWait: { lowMinutes: 10, highMinutes: 15 },
      counterName: null,
    },
  };
}

/**
 * An intake answer for every configured service: open with 4 people ahead and 10–20 minutes, except those in
 * `closed` (closed by staff, no estimate).
 */
export function intakeFor(setup: KioskSetup, closed: readonly string[] = []): Intake {
  return {
    serviceDay: '2026-03-09',
    at: '2026-03-09T17:00:00.000Z',
    services: setup.site.services.map(({ id }) => {
      const isClosed = closed.includes(id);
      return {
        serviceId: id,
        open: !isClosed,
        closedReason: isClosed ? 'closed-by-staff' : null,
        opensAt: null,
        peopleAhead: 4,
        estimatedWait: isClosed ? null : { lowMinutes: 10, highMinutes: 20 },
      };
    }),
  };
}

/** An information visit as the information flow reports it. */
export const sampleInfoVisit = {
  id: '00000000-0000-4000-8000-000000000009',
  at: '2026-03-09T17:00:00.000Z',
  language: 'es',
  contentVersion: 3,
  topicIds: ['food-help'],
  printedTopicIds: [],
  ticketTopicId: null,
};

/**
 * The shortest path to every distinct state value of the kiosk flow. Events whose payload matters get a
 * sample; every other event the machine knows is sent with its type alone, so new states are found without
 * editing this list.
 */
export function kioskFlowPaths() {
  const setup = portlandSetup();
  // The actor done/error events are not in KioskFlowEvent (XState makes them), hence the cast.
  const samples = [
    { type: 'xstate.done.actor.loadSetup', output: setup },
    { type: 'xstate.error.actor.loadSetup', error: new Error('agent down') },
    { type: 'xstate.error.actor.takeTicket', error: new Error('hub down') },
    { type: 'xstate.error.actor.takeTicket', error: { code: 'service-closed' } },
    { type: 'xstate.done.actor.loadIntake', output: intakeFor(setup) },
    { type: 'xstate.error.actor.loadIntake', error: new Error('hub down') },
    { type: 'xstate.done.actor.loadStatus', output: kioskStatusFor({ printerHealth: paperOut }) },
    { type: 'xstate.done.actor.loadStatus', output: kioskStatusFor({ outOfService: closedNotice }) },
    { type: 'scan.received', scan: waitingScan() },
    {
      type: 'xstate.done.actor.takeTicket',
      output: ticketResultFor({
        requestId: '00000000-0000-4000-8000-000000000001',
        serviceId: 'permits',
        language: 'es',
        needs: { interpreter: null, accessibility: [] },
      }),
    },
    { type: 'language.chosen', language: 'es' },
    { type: 'purpose.chosen', purpose: 'ticket' },
    { type: 'purpose.chosen', purpose: 'request' },
    { type: 'purpose.chosen', purpose: 'information' },
    { type: 'info.visit', visit: sampleInfoVisit },
    { type: 'xstate.done.actor.information', output: { kind: 'done', visit: sampleInfoVisit } },
    { type: 'xstate.done.actor.information', output: { kind: 'back', visit: null } },
    {
      type: 'xstate.done.actor.information',
      output: { kind: 'ticket', serviceId: 'information', topicId: 'food-help', visit: sampleInfoVisit },
    },
    { type: 'notices.updated', notices: [testNotice()] },
    { type: 'notices.updated', notices: [testNotice({ severity: 'warning' })] },
    { type: 'notices.updated', notices: [] },
    { type: 'xstate.done.actor.caseRequest', output: null },
    {
      type: 'xstate.done.actor.caseRequest',
      output: submitResultFor(
        {
          requestId: '00000000-0000-4000-8000-000000000001',
          serviceCode: 'POTHOLE',
          answers: {},
          location: { kind: 'here' },
          description: 'A hole',
          contact: null,
          language: 'es',
          capturedAt: '2026-03-09T17:00:00.000Z',
        },
        { print: { ok: false, reason: 'printer-error' } },
      ),
    },
    { type: 'service.chosen', serviceId: 'permits' },
    { type: 'interpreter.chosen', interpreter: { mode: 'video', language: 'ase' } },
    { type: 'accessibility.toggled', need: 'wheelchair' },
  ] as unknown as KioskFlowEvent[];
  const events = kioskFlowMachine.root.events.flatMap((type) => {
    const withPayload = samples.filter((event) => event.type === type);
    return withPayload.length > 0 ? withPayload : [{ type } as KioskFlowEvent];
  });
  return getShortestPaths(kioskFlowMachine, {
    input: { newRequestId: sequentialIds(), now: () => new Date('2026-03-09T17:00:00.000Z') },
    events,
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
}
