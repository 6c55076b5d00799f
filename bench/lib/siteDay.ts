// One simulated service day at a site, on a settable clock: desk staff sign in and open their counters at 08:00,
// visitors take tickets through the day and each is called, served and completed (one in 25 a no-show), and at
// the end of the day (17:00 on a full day) the counters close and staff sign out. The caller says how requests reach the hub and how tickets issue.
import { randomUUID } from 'node:crypto';
import { instantOfLocal, type LocalDate } from '../../machines/time/localClock.js';
import type { InProcessHub } from './inProcessHub.js';

/** How the day reaches the hub: its requests and sign-ins, as the in-process hub makes them, plus these. */
export interface SiteDayHub extends Pick<InProcessHub, 'post' | 'login'> {
  /** One visitor takes a ticket (through a kiosk agent or the API). */
  issue(visit: number): Promise<void>;
  /** Sets the hub's (and agent's) clock. */
  setClock(ms: number): void;
}

export interface SiteDayPlan {
  date: LocalDate;
  timeZone: string;
  visits: number;
  /** Counter ids; the desk member of staff at each is "desk-<counterId>". */
  counters: readonly string[];
  /** Called after each visit, with its index (faults, walk-in requests, restarts…). */
  afterVisit?: (visit: number) => Promise<void>;
}

export interface SiteDayTally {
  issued: number;
  completed: number;
  noShows: number;
}

const deskName = (counterId: string) => `desk-${counterId}`.slice(0, 32);
export const deskUsernames = (counters: readonly string[]) => counters.map(deskName);

async function expectOk(answer: Promise<{ status: number; body: unknown }>, what: string): Promise<unknown> {
  const { status, body } = await answer;
  if (status !== 200 && status !== 201)
    throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

export async function simulateSiteDay(hub: SiteDayHub, plan: SiteDayPlan): Promise<SiteDayTally> {
  const at = (hhmm: string) => instantOfLocal(plan.date, hhmm, plan.timeZone).getTime();
  const open = at('08:00');
  // A busy day's spacing (1,500 visits in 08:00–16:45 is one every 21 s): a smaller day ends earlier, so that
  // desk sessions never sit idle past their timeout.
  const span = Math.min(at('16:45') - open, plan.visits * 21_000);
  hub.setClock(open);
  const desks: Record<string, string>[] = [];
  for (const counterId of plan.counters) {
    const headers = await hub.login(deskName(counterId));
    await expectOk(hub.post(`/api/counters/${counterId}/sign-in`, headers, {}), 'counter sign-in');
    desks.push(headers);
  }
  const tally: SiteDayTally = { issued: 0, completed: 0, noShows: 0 };
  for (let visit = 0; visit < plan.visits; visit += 1) {
    hub.setClock(open + Math.floor((span * visit) / plan.visits));
    await hub.issue(visit);
    tally.issued += 1;
    const desk = visit % plan.counters.length;
    const counterId = plan.counters[desk]!;
    const headers = desks[desk]!;
    const called = (await expectOk(
      hub.post(`/api/counters/${counterId}/call-next`, headers, { requestId: randomUUID() }),
      'call next',
    )) as { ticket: { id: string } };
    const ticket = `/api/tickets/${called.ticket.id}`;
    if (visit % 25 === 24) {
      await expectOk(hub.post(`${ticket}/no-show`, headers, {}), 'no-show');
      tally.noShows += 1;
    } else {
      await expectOk(hub.post(`${ticket}/arrive`, headers, {}), 'arrive');
      await expectOk(hub.post(`${ticket}/complete`, headers, { outcomeId: 'resolved' }), 'complete');
      tally.completed += 1;
    }
    await plan.afterVisit?.(visit);
  }
  hub.setClock(open + span + 15 * 60_000);
  for (const [i, counterId] of plan.counters.entries()) {
    const headers = desks[i]!;
    await expectOk(hub.post(`/api/counters/${counterId}/sign-out`, headers, {}), 'counter sign-out');
    await expectOk(hub.post('/api/auth/logout', headers, {}), 'sign-out');
  }
  return tally;
}
