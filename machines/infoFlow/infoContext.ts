// The Find information flow's input, context, events and output, and the pure updates of its anonymous visit
// record (topics opened each once, slips printed, the topic that became a ticket).
import type { ActorRef, Snapshot } from 'xstate';
import type { InfoContent, InfoTopic, InfoVisit } from '../contracts/info.js';
import type { PrintOutcome, PrintReferralInput } from '../contracts/kioskApi.js';
import type { SiteConfig } from '../contracts/site.js';

/** What the flow tells its parent whenever the visit record changes, so an interrupted visit is still recorded. */
export type InfoVisitReported = { type: 'info.visit'; visit: InfoVisit };

export interface InfoFlowInput {
  language: string;
  site: SiteConfig;
  /** Makes the visit record's id (injected: machines read no randomness). */
  newRequestId: () => string;
  /** The visit start time (injected: machines read no clock). */
  now: () => Date;
  /** Receives `info.visit` after every change of the record (the kiosk flow); none when run alone. */
  reportTo?: ActorRef<Snapshot<unknown>, InfoVisitReported> | null;
}

/** Why a slip did not print: no printer, a printer fault, or the agent refused or failed. */
export type PrintFailure = Extract<PrintOutcome, { ok: false }>['reason'] | 'failed';

export interface InfoFlowContext {
  language: string;
  site: SiteConfig;
  newRequestId: () => string;
  reportTo: InfoFlowInput['reportTo'];
  /** When the information part began (the record's `at`). */
  startedAt: string;
  content: InfoContent | null;
  /** What the visitor typed in the search box (never recorded). */
  query: string;
  /** The topic on screen (and the one printed or talked about). */
  topicId: string | null;
  /** Null until the content is loaded (the record needs its version). */
  visit: InfoVisit | null;
  printFailure: PrintFailure | null;
  /** Set by the transition into a final state; the output follows it. */
  ending: InfoFlowOutput['kind'] | null;
}

export type InfoFlowEvent =
  | { type: 'info.search'; query: string }
  | { type: 'info.topic'; topicId: string }
  | { type: 'info.print' }
  | { type: 'info.talk' }
  | { type: 'info.back' }
  | { type: 'info.done' };

/** How the information part ended: Done, Back past the first screen, or "Talk to someone" (a ticket). */
export type InfoFlowOutput =
  | { kind: 'done' | 'back'; visit: InfoVisit | null }
  | { kind: 'ticket'; serviceId: string; topicId: string; visit: InfoVisit | null };

export function initialInfoContext(input: InfoFlowInput): InfoFlowContext {
  return {
    language: input.language,
    site: input.site,
    newRequestId: input.newRequestId,
    reportTo: input.reportTo ?? null,
    startedAt: input.now().toISOString(),
    content: null,
    query: '',
    topicId: null,
    visit: null,
    printFailure: null,
    ending: null,
  };
}

export function startVisit(context: InfoFlowContext, content: InfoContent): Partial<InfoFlowContext> {
  return {
    content,
    visit: {
      id: context.newRequestId(),
      at: context.startedAt,
      language: context.language,
      contentVersion: content.version,
      topicIds: [],
      printedTopicIds: [],
      ticketTopicId: null,
    },
  };
}

const once = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? [...list] : [...list, id];

export function topicOpened(context: InfoFlowContext, topicId: string): Partial<InfoFlowContext> {
  const { visit } = context;
  return {
    topicId,
    printFailure: null,
    visit: visit && { ...visit, topicIds: once(visit.topicIds, topicId) },
  };
}

export function topicPrinted(context: InfoFlowContext): Partial<InfoFlowContext> {
  const { visit, topicId } = context;
  if (!visit || topicId === null) return {};
  return { printFailure: null, visit: { ...visit, printedTopicIds: once(visit.printedTopicIds, topicId) } };
}

export function ticketChosen(context: InfoFlowContext): Partial<InfoFlowContext> {
  const { visit } = context;
  return { visit: visit && { ...visit, ticketTopicId: context.topicId } };
}

export function currentTopic(context: Pick<InfoFlowContext, 'content' | 'topicId'>): InfoTopic | null {
  return context.content?.topics.find((t) => t.id === context.topicId) ?? null;
}

/**
 * The service "Talk to someone" joins for a topic: its own desk, else the site's information desk; null when
 * neither is set or the service is not one of the site's (the button is then not offered).
 */
export function deskServiceFor(topic: InfoTopic | null, site: SiteConfig): string | null {
  if (topic === null) return null;
  const serviceId = topic.deskServiceId ?? site.information.deskServiceId;
  if (serviceId === null) return null;
  return site.services.some((s) => s.id === serviceId) ? serviceId : null;
}

export function printInput(context: InfoFlowContext): PrintReferralInput {
  if (context.topicId === null || context.content === null) throw new Error('nothing to print');
  return { topicId: context.topicId, language: context.language, contentVersion: context.content.version };
}

export function infoOutput(context: InfoFlowContext): InfoFlowOutput {
  const kind = context.ending ?? 'done';
  if (kind !== 'ticket') return { kind, visit: context.visit };
  const serviceId = deskServiceFor(currentTopic(context), context.site);
  if (serviceId === null || context.topicId === null) throw new Error('no desk to talk to');
  return { kind, serviceId, topicId: context.topicId, visit: context.visit };
}
