// An anonymous information visit as the kiosk screen records it, for the agent's information tests.
import { randomUUID } from 'node:crypto';
import type { InfoVisit } from '../../../../machines/contracts/index.js';

export function infoVisit(overrides: Partial<InfoVisit> = {}): InfoVisit {
  return {
    id: randomUUID(),
    at: '2026-11-26T18:00:00.000Z',
    language: 'es',
    contentVersion: 0,
    topicIds: ['water-bill-help'],
    printedTopicIds: ['water-bill-help'],
    ticketTopicId: null,
    ...overrides,
  };
}
