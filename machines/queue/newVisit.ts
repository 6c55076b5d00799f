// A visit as it stands the moment it is issued: waiting in its first service's queue, ranked from its issue time.
import type { Needs, Ticket } from '../contracts/index.js';

/** The facts written once when a ticket is issued. */
export interface VisitFacts {
  id: string;
  number: string;
  queueId: string;
  serviceId: string;
  language: string;
  needs: Needs;
  priorityClass: string;
  serviceDay: string;
  issuedAt: string;
}

export function newVisit(facts: VisitFacts): Ticket {
  return {
    ...facts,
    status: 'waiting',
    rankAt: facts.issuedAt,
    front: false,
    targetCounterId: null,
    calledAt: null,
    lastCalledAt: null,
    arrivedAt: null,
    counterId: null,
    callCount: 0,
    outcomeId: null,
    leftStage: null,
    transactions: [
      {
        serviceId: facts.serviceId,
        queueId: facts.queueId,
        startedAt: facts.issuedAt,
        outcomeId: null,
        outcomeDetail: null,
      },
    ],
    notes: [],
  };
}
