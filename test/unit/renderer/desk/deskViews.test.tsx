// Desk views render the names Playwright and screen readers use: current ticket, actions, Outcome, badges.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteConfig } from '../../../../machines/contracts/site.js';
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import { defaultSiteConfig } from '../../../../main/paths.js';
import { CounterPicker } from '../../../../renderer/screens/desk/CounterPicker.js';
import { CurrentVisitor } from '../../../../renderer/screens/desk/CurrentVisitor.js';
import { rememberedCounter } from '../../../../renderer/screens/desk/deskText.js';
import { WaitingList } from '../../../../renderer/screens/desk/WaitingList.js';

const site = SiteConfig.parse(JSON.parse(readFileSync(defaultSiteConfig, 'utf8')));
const ticket: Ticket = {
  id: '00000000-0000-4000-8000-000000000001',
  number: 'H007',
  queueId: 'housing',
  serviceId: 'housing',
  language: 'vi',
  needs: { interpreter: { mode: 'phone', language: 'vi' }, accessibility: ['seating'] },
  status: 'called',
  serviceDay: '2026-11-26',
  issuedAt: '2026-11-26T17:00:00.000Z',
  calledAt: '2026-11-26T17:04:00.000Z',
  counterId: 'counter-2',
  callCount: 2,
  outcomeId: null,
};
const noop = () => {};

describe('desk views', () => {
  it('labels the counter picker "Counter" with a "Start at this counter" button', () => {
    const html = renderToStaticMarkup(
      <CounterPicker site={site} initialCounterId="counter-4" onChoose={noop} />,
    );
    expect(html).toMatch(/<label for="counter-select"[^>]*>Counter<\/label>/);
    expect(html).toMatch(/<option value="counter-4" selected="">Counter 4<\/option>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Start at this counter<\/button>/);
  });

  it('shows the current visitor with Recall, No-show, an Outcome select and Complete', () => {
    const html = renderToStaticMarkup(
      <CurrentVisitor
        site={site}
        ticket={ticket}
        busy={false}
        outcomeMissing={true}
        outcomeRef={null}
        onRecall={noop}
        onNoShow={noop}
        onComplete={noop}
      />,
    );
    expect(html).toMatch(/data-testid="current-ticket">H007</);
    expect(html).toMatch(/>Recall<\/button>/);
    expect(html).toMatch(/>No-show<\/button>/);
    expect(html).toMatch(/<label for="outcome-select"[^>]*>Outcome<\/label>/);
    expect(html).toMatch(/id="outcome-select"[^>]*aria-invalid="true"[^>]*aria-describedby="outcome-error"/);
    expect(html).toMatch(/>Complete<\/button>/);
    for (const outcome of site.outcomes) expect(html).toContain(outcome.name);
    expect(html).toContain('Interpreter: phone, Vietnamese');
    expect(html).toContain('Called 2 times');
  });

  it('lists waiting visitors with service, language, minutes and needs', () => {
    const waiting = { ...ticket, status: 'waiting' as const, counterId: null, calledAt: null };
    const html = renderToStaticMarkup(
      <WaitingList site={site} tickets={[waiting]} nowMs={Date.parse('2026-11-26T17:09:00.000Z')} />,
    );
    expect(html).toContain('Waiting (1)');
    expect(html).toContain('Housing and rental services');
    expect(html).toContain('Vietnamese');
    expect(html).toContain('9 min');
    expect(html).toContain('Needs a seat');
    expect(renderToStaticMarkup(<WaitingList site={site} tickets={[]} nowMs={0} />)).toContain(
      'No one is waiting.',
    );
  });

  it('remembers a counter only while it still exists in the site config', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(rememberedCounter(site, storage('counter-3'))).toBe('counter-3');
    expect(rememberedCounter(site, storage('counter-99'))).toBeNull();
    expect(rememberedCounter(site, storage(null))).toBeNull();
  });
});
