// Runs whole visitor flows inside the kiosk page (Start → language → "get a ticket" → service → no extra needs →
// confirm → ticket → Done, back on the welcome screen), clicking the real buttons: far faster than driving each
// click from Node, so thousands of flows fit in minutes. A flow past the agent's ticket limit (the benchmark
// raises it) ends on "We could not issue you a number" and its Start over button, and is counted as refused.
// Handed to `page.evaluate`, so it uses nothing from outside its own body.

export interface FlowBatch {
  /** Index of the first flow (rotates languages and services across batches). */
  first: number;
  count: number;
  languages: string[];
  /** Services to rotate through (ones with no daily cap, so each queue has numbers for the whole run). */
  services: string[];
  stepTimeoutMs: number;
}

export interface FlowBatchResult {
  completed: number;
  /** Ticket numbers shown by the last few flows (a sanity check that each flow issued a ticket). */
  lastNumbers: string[];
  /** Flows that ended with a ticket on screen. */
  tickets: number;
  /** How many tickets were shown as "remember your number" (not printed). */
  notPrinted: number;
  /** Flows the agent refused a ticket (its per-kiosk rate limit), ended with Start over. */
  refused: number;
}

export async function runKioskFlows(batch: FlowBatch): Promise<FlowBatchResult> {
  const find = (selector: string) => document.querySelector<HTMLElement>(selector);
  const waitFor = (selector: string) =>
    new Promise<HTMLElement>((resolve, reject) => {
      const now = find(selector);
      if (now) {
        resolve(now);
        return;
      }
      const observer = new MutationObserver(() => {
        const element = find(selector);
        if (!element) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(element);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        const heading = find('h1')?.textContent?.trim() ?? '(no heading)';
        reject(new Error(`waited ${batch.stepTimeoutMs} ms for ${selector}; the screen shows "${heading}"`));
      }, batch.stepTimeoutMs);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  const result: FlowBatchResult = { completed: 0, lastNumbers: [], tickets: 0, notPrinted: 0, refused: 0 };
  for (let i = batch.first; i < batch.first + batch.count; i += 1) {
    const language = batch.languages[i % batch.languages.length];
    const service = batch.services[i % batch.services.length];
    (await waitFor('.screen--welcome .button--start')).click();
    (await waitFor(`.screen:not(.screen--welcome) .choices--languages button[lang="${language}"]`)).click();
    (await waitFor('[data-testid="purpose-ticket"]')).click();
    (await waitFor(`[data-testid="service-${service}"]:not([aria-disabled="true"])`)).click();
    (await waitFor('#needs-interpreter-name'))
      .closest('.screen')
      ?.querySelector<HTMLElement>('.button--primary')
      ?.click();
    (await waitFor('.screen dl.summary'))
      .closest('.screen')
      ?.querySelector<HTMLElement>('.button--primary')
      ?.click();
    const end = await waitFor(
      '[data-testid="ticket"], [data-testid="remember-number"], [data-testid="issue-failed"]',
    );
    if (end.dataset.testid === 'issue-failed') {
      result.refused += 1;
      end.querySelector<HTMLElement>('.button--secondary')?.click();
    } else {
      result.tickets += 1;
      if (end.dataset.testid === 'remember-number') result.notPrinted += 1;
      const number = find('[data-testid="ticket-number"]')?.textContent ?? '';
      result.lastNumbers = [...result.lastNumbers.slice(-4), number];
      end.querySelector<HTMLElement>('.button--primary')?.click();
    }
    await waitFor('.screen--welcome .button--start');
    result.completed += 1;
  }
  return result;
}
