// Call → display rendered: a desk's Call next HTTP request (its start, in this process) → the called number in
// the lobby display page's DOM (a MutationObserver in the page reports it over a CDP binding; the time is taken
// here when the binding arrives, so both ends use this process's clock and the figure includes that hop).
import { randomUUID } from 'node:crypto';
import type { Browser } from '@playwright/test';
import { issueTicket, type Lobby, staff } from '../../test/e2e/support/lobby.js';
import { login, signInDesks } from '../../test/support/hubAuth.js';
import { percentiles } from '../lib/benchSection.js';
import { benchContext } from './browser.js';
import type { StorageState } from './screenAccess.js';

const counterId = 'counter-1';
/** A service counter 1 serves. */
const serviceId = 'utility-bills';

export interface CallToDisplayResult {
  calls: number;
  /** Call next request start → number in the display's DOM. */
  shownMs: ReturnType<typeof percentiles>;
  /** Call next request start → its HTTP answer at the desk. */
  answeredMs: ReturnType<typeof percentiles>;
}

declare global {
  interface Window {
    benchShown?: (ticketNumber: string) => void;
  }
}

/** In the display page: reports every change of the "now calling" number. */
function watchNowCalling(): void {
  let last = '';
  const report = () => {
    const shown = document.querySelector('[data-testid="now-calling-ticket"]')?.textContent?.trim() ?? '';
    if (shown === last || shown === '') return;
    last = shown;
    window.benchShown?.(shown);
  };
  new MutationObserver(report).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  report();
}

async function post(url: string, cookie: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const payload: unknown = await res.json();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(payload)}`);
  return payload;
}

export async function callToDisplay(
  browser: Browser,
  lobby: Lobby,
  displayState: StorageState,
  calls: number,
  warmup: number,
): Promise<CallToDisplayResult> {
  const adminCookie = await login(lobby.hub.url, staff.admin.username, staff.admin.password);
  const [desk] = await signInDesks(lobby.hub.url, adminCookie, [counterId]);
  if (!desk) throw new Error(`could not sign a desk in to ${counterId}`);
  const context = await benchContext(browser, displayState);
  try {
    // Numbers the display showed since the current call was sent, and when: the page can show a number before
    // the desk's HTTP answer (which says which number it was) arrives here.
    const shownSince = new Map<string, number>();
    let onShown: (() => void) | null = null;
    await context.exposeFunction('benchShown', (ticketNumber: string) => {
      shownSince.set(ticketNumber, performance.now());
      onShown?.();
    });
    const shownAt = (number: string) =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${number} not on the display after 10 s`)), 10_000);
        const check = () => {
          const at = shownSince.get(number);
          if (at === undefined) return;
          clearTimeout(timer);
          onShown = null;
          resolve(at);
        };
        onShown = check;
        check();
      });
    const page = await context.newPage();
    await page.goto(`${lobby.hub.url}/display`);
    await page.locator('#recent-heading').waitFor();
    await page.evaluate(watchNowCalling);
    const shown: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < warmup + calls; i += 1) {
      // One more waiting for the counter: Call next always has a visitor to call.
      await issueTicket(lobby, serviceId);
      shownSince.clear();
      const start = performance.now();
      const call = (await post(`${lobby.hub.url}/api/counters/${counterId}/call-next`, desk.cookie, {
        requestId: randomUUID(),
      })) as { ticket: { id: string; number: string } };
      const answeredAt = performance.now();
      const onDisplay = await shownAt(call.ticket.number);
      if (i >= warmup) {
        shown.push(onDisplay - start);
        answered.push(answeredAt - start);
      }
      // Not called again: the next Call next takes another visitor.
      await post(`${lobby.hub.url}/api/tickets/${call.ticket.id}/no-show`, desk.cookie, {});
    }
    return { calls, shownMs: percentiles(shown), answeredMs: percentiles(answered) };
  } finally {
    await context.close();
  }
}
