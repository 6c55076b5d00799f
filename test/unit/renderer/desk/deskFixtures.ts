// Shared desk test data: the shipped site (opening hours off) and a ticket with every field set.
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

export const site = testSiteConfig();

export function ticket(extra: Partial<Ticket> = {}): Ticket {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    number: 'H007',
    queueId: 'housing',
    serviceId: 'housing',
    language: 'vi',
    needs: { interpreter: { mode: 'phone', language: 'vi' }, accessibility: ['seating'] },
    priorityClass: 'accessibility',
    status: 'called',
    serviceDay: '2026-11-26',
    issuedAt: '2026-11-26T17:00:00.000Z',
    rankAt: '2026-11-26T17:00:00.000Z',
    front: false,
    targetCounterId: null,
    calledAt: '2026-11-26T17:04:00.000Z',
    lastCalledAt: '2026-11-26T17:04:00.000Z',
    arrivedAt: null,
    counterId: 'counter-2',
    callCount: 2,
    outcomeId: null,
    leftStage: null,
    transactions: [
      {
        serviceId: 'housing',
        queueId: 'housing',
        startedAt: '2026-11-26T17:00:00.000Z',
        outcomeId: null,
        outcomeDetail: null,
      },
    ],
    notes: [],
    ...extra,
  };
}
