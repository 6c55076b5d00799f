// Find information flow: loading, browsing and searching, one topic per screen, printing (ok, no printer, a
// fault, a refusal), "Talk to someone" only with a desk service, and the anonymous visit record it reports.
import { describe, expect, it } from 'vitest';
import { createActor, createMachine, fromPromise, waitFor } from 'xstate';
import type { InfoContent } from '../../../../machines/contracts/info.js';
import type { PrintOutcome, PrintReferralInput } from '../../../../machines/contracts/kioskApi.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import { type InfoVisitReported, infoFlowMachine } from '../../../../machines/infoFlow.js';
import { portlandSetup, sequentialIds } from '../kioskFlow/fixtures.js';
import { testContent } from './fixtures.js';

const START = new Date('2026-03-09T17:00:00.000Z');

interface Options {
  site?: SiteConfig;
  language?: string;
  loadInfoContent?: () => Promise<InfoContent>;
  printReferral?: (input: PrintReferralInput) => Promise<PrintOutcome>;
}

function startInfo(opts: Options = {}) {
  const prints: PrintReferralInput[] = [];
  const reports: InfoVisitReported[] = [];
  // Stands in for the kiosk flow: it only collects what the information flow reports.
  const parent = createActor(
    createMachine({
      on: { 'info.visit': { actions: ({ event }) => reports.push(event as InfoVisitReported) } },
    }),
  ).start();
  const machine = infoFlowMachine.provide({
    actors: {
      loadInfoContent: fromPromise(opts.loadInfoContent ?? (async () => testContent())),
      printReferral: fromPromise(async ({ input }: { input: PrintReferralInput }) => {
        prints.push(input);
        return opts.printReferral ? opts.printReferral(input) : { ok: true as const };
      }),
    },
  });
  const actor = createActor(machine, {
    input: {
      language: opts.language ?? 'es',
      site: opts.site ?? portlandSetup().site,
      newRequestId: sequentialIds(),
      now: () => START,
      reportTo: parent,
    },
  }).start();
  return { actor, prints, reports };
}

type InfoActor = ReturnType<typeof startInfo>['actor'];
const inState = (actor: InfoActor, state: string) => waitFor(actor, (s) => s.matches(state as never));

describe('infoFlow browsing', () => {
  it('loads the content, searches, opens one topic at a time and goes back to the topics', async () => {
    const { actor } = startInfo();
    await inState(actor, 'browse');
    actor.send({ type: 'info.search', query: 'tránsito' });
    expect(actor.getSnapshot().context.query).toBe('tránsito');
    actor.send({ type: 'info.topic', topicId: 'no-such-topic' });
    expect(actor.getSnapshot().value).toBe('browse');
    actor.send({ type: 'info.topic', topicId: 'transit-pass' });
    expect(actor.getSnapshot().value).toBe('topic');
    expect(actor.getSnapshot().context.topicId).toBe('transit-pass');
    actor.send({ type: 'info.back' });
    expect(actor.getSnapshot().value).toBe('browse');
    expect(actor.getSnapshot().context.query).toBe('tránsito');
  });

  it('fails plainly when the content cannot be loaded or has no topics; Back leaves, Done ends', async () => {
    const broken = startInfo({ loadInfoContent: async () => Promise.reject(new Error('agent down')) });
    await inState(broken.actor, 'failed');
    broken.actor.send({ type: 'info.back' });
    expect(broken.actor.getSnapshot().output).toEqual({ kind: 'back', visit: null });

    const empty = startInfo({ loadInfoContent: async () => ({ ...testContent(), topics: [] }) });
    await inState(empty.actor, 'failed');
    empty.actor.send({ type: 'info.done' });
    expect(empty.actor.getSnapshot().output).toEqual({ kind: 'done', visit: null });
    expect(empty.reports).toEqual([]);
  });

  it('records the visit anonymously: start time, language, version, topics opened once each', async () => {
    const { actor, reports } = startInfo({ language: 'ru' });
    await inState(actor, 'browse');
    for (const topicId of ['water-bill', 'food-help', 'water-bill']) {
      actor.send({ type: 'info.topic', topicId });
      actor.send({ type: 'info.back' });
    }
    actor.send({ type: 'info.done' });
    const expected = {
      id: '00000000-0000-4000-8000-000000000001',
      at: START.toISOString(),
      language: 'ru',
      contentVersion: 3,
      topicIds: ['water-bill', 'food-help'],
      printedTopicIds: [],
      ticketTopicId: null,
    };
    expect(actor.getSnapshot().output).toEqual({ kind: 'done', visit: expected });
    expect(reports.at(-1)).toEqual({ type: 'info.visit', visit: expected });
    // One report when the content loaded, then one per topic opened.
    expect(reports).toHaveLength(4);
  });
});

describe('infoFlow printing', () => {
  it('prints the topic in the visitor language and content version, and records it once', async () => {
    const { actor, prints, reports } = startInfo();
    await inState(actor, 'browse');
    actor.send({ type: 'info.topic', topicId: 'water-bill' });
    actor.send({ type: 'info.print' });
    await inState(actor, 'printed');
    actor.send({ type: 'info.back' });
    actor.send({ type: 'info.print' });
    await inState(actor, 'printed');
    expect(prints).toEqual([
      { topicId: 'water-bill', language: 'es', contentVersion: 3 },
      { topicId: 'water-bill', language: 'es', contentVersion: 3 },
    ]);
    expect(reports.at(-1)?.visit.printedTopicIds).toEqual(['water-bill']);
  });

  it.each([
    ['no-printer', async () => ({ ok: false, reason: 'no-printer' }) as const],
    ['printer-error', async () => ({ ok: false, reason: 'printer-error' }) as const],
    ['failed', async () => Promise.reject(new Error('not-found'))],
  ])('says the slip did not print (%s), records no print, and can try again', async (reason, print) => {
    let outcome: () => Promise<PrintOutcome> = print;
    const { actor } = startInfo({ printReferral: () => outcome() });
    await inState(actor, 'browse');
    actor.send({ type: 'info.topic', topicId: 'food-help' });
    actor.send({ type: 'info.print' });
    await inState(actor, 'printFailed');
    expect(actor.getSnapshot().context.printFailure).toBe(reason);
    expect(actor.getSnapshot().context.visit?.printedTopicIds).toEqual([]);
    outcome = async () => ({ ok: true });
    actor.send({ type: 'info.print' });
    await inState(actor, 'printed');
    expect(actor.getSnapshot().context.printFailure).toBeNull();
    expect(actor.getSnapshot().context.visit?.printedTopicIds).toEqual(['food-help']);
  });
});

describe('infoFlow talk to someone', () => {
  it("ends with the topic's own desk service, and records the topic that became a ticket", async () => {
    const { actor } = startInfo();
    await inState(actor, 'browse');
    actor.send({ type: 'info.topic', topicId: 'water-bill' });
    actor.send({ type: 'info.talk' });
    expect(actor.getSnapshot().output).toMatchObject({
      kind: 'ticket',
      serviceId: 'utility-bills',
      topicId: 'water-bill',
      visit: { topicIds: ['water-bill'], ticketTopicId: 'water-bill' },
    });
  });

  it("falls back to the site's information desk, also after a failed print", async () => {
    const { actor } = startInfo({ printReferral: async () => ({ ok: false, reason: 'no-printer' }) });
    await inState(actor, 'browse');
    actor.send({ type: 'info.topic', topicId: 'food-help' });
    actor.send({ type: 'info.print' });
    await inState(actor, 'printFailed');
    actor.send({ type: 'info.talk' });
    expect(actor.getSnapshot().output).toMatchObject({ kind: 'ticket', serviceId: 'information' });
  });

  it('is not offered when the site has no information desk and the topic names none', async () => {
    const site = portlandSetup().site;
    const { actor } = startInfo({ site: { ...site, information: { deskServiceId: null } } });
    await inState(actor, 'browse');
    actor.send({ type: 'info.topic', topicId: 'food-help' });
    actor.send({ type: 'info.talk' });
    expect(actor.getSnapshot().value).toBe('topic');
    actor.send({ type: 'info.back' });
    actor.send({ type: 'info.topic', topicId: 'water-bill' });
    actor.send({ type: 'info.talk' });
    expect(actor.getSnapshot().output).toMatchObject({ kind: 'ticket', serviceId: 'utility-bills' });
  });

  it('is not offered when the desk service is not one of the site services', async () => {
    const site = portlandSetup().site;
    const { actor } = startInfo({
      site: { ...site, services: site.services.filter((s) => s.id !== 'information') },
    });
    await inState(actor, 'browse');
    actor.send({ type: 'info.topic', topicId: 'transit-pass' });
    actor.send({ type: 'info.talk' });
    expect(actor.getSnapshot().value).toBe('topic');
  });
});
