// Desk views render the names Playwright and screen readers use: counter sign-in, the visitor with actions for
// the stage, Complete with its outcome details, transfer placement, notes, parked and waiting lists, walk-in.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompleteForm } from '../../../../renderer/screens/desk/CompleteForm.js';
import { CounterPanel } from '../../../../renderer/screens/desk/CounterPanel.js';
import { CounterPicker } from '../../../../renderer/screens/desk/CounterPicker.js';
import { CurrentVisitor, type VisitorActions } from '../../../../renderer/screens/desk/CurrentVisitor.js';
import { rememberedCounter } from '../../../../renderer/screens/desk/deskText.js';
import { ParkedList } from '../../../../renderer/screens/desk/ParkedList.js';
import { ShortcutHelp } from '../../../../renderer/screens/desk/ShortcutHelp.js';
import { WaitingList } from '../../../../renderer/screens/desk/WaitingList.js';
import { WalkInForm } from '../../../../renderer/screens/desk/WalkInForm.js';
import { site, ticket } from './deskFixtures.js';

const noop = () => {};
const actions: VisitorActions = {
  recall: noop,
  arrive: noop,
  noShow: noop,
  left: noop,
  park: noop,
  transfer: noop,
  recycle: noop,
  complete: noop,
  note: noop,
};
const counterOn = {
  signIn: noop,
  startBreak: noop,
  back: noop,
  signOut: noop,
  confirmSignOut: noop,
  cancelSignOut: noop,
  change: noop,
};

describe('counter views', () => {
  it('labels the picker "Counter", says who is in at each counter and signs in with its button', () => {
    const html = renderToStaticMarkup(
      <CounterPicker
        site={site}
        initialCounterId="counter-4"
        counters={[
          {
            counterId: 'counter-2',
            status: 'open',
            staffUserId: '00000000-0000-4000-8000-0000000000bb',
            staffName: 'Sol Super',
            since: null,
            breakReason: null,
          },
        ]}
        busy={false}
        onChoose={noop}
      />,
    );
    expect(html).toMatch(/<label for="counter-select"[^>]*>Counter<\/label>/);
    expect(html).toMatch(/<option value="counter-4" selected="">Counter 4<\/option>/);
    expect(html).toContain('Counter 2 (in use by Sol Super)');
    expect(html).toMatch(/<button type="submit"[^>]*>Sign in to this counter<\/button>/);
  });

  it('offers Sign in when closed, break reasons and Sign out when open, Back on a break', () => {
    const render = (mode: 'signedOut' | 'open' | 'onBreak') =>
      renderToStaticMarkup(
        <CounterPanel
          counterName="Counter 3"
          mode={mode}
          counter={null}
          busy={false}
          servingNumber={null}
          parkedCount={0}
          on={counterOn}
        />,
      );
    expect(render('signedOut')).toContain('>Sign in to Counter 3</button>');
    const open = render('open');
    expect(open).toMatch(/<label for="break-reason"[^>]*>Break reason<\/label>/);
    for (const reason of ['Rest', 'Meal', 'Training', 'Meeting', 'Other'])
      expect(open).toContain(`>${reason}</option>`);
    expect(open).toContain('>Start break</button>');
    expect(open).toContain('>Sign out of counter</button>');
    expect(render('onBreak')).toContain('>Back from break</button>');
  });

  it('warns that signing out ends the visit being served and the parked ones', () => {
    const html = renderToStaticMarkup(
      <CounterPanel
        counterName="Counter 3"
        mode="confirmingSignOut"
        counter={null}
        busy={false}
        servingNumber="A042"
        parkedCount={2}
        on={counterOn}
      />,
    );
    expect(html).toContain('You are serving A042: signing out ends that visit.');
    expect(html).toContain('2 visitors are parked at this counter: signing out ends those visits.');
    expect(html).toContain('>Sign out and end visits</button>');
    expect(html).toContain('>Stay signed in</button>');
  });
});

describe('the visitor at the counter', () => {
  const render = (
    extra: Parameters<typeof ticket>[0],
    problem: Parameters<typeof CurrentVisitor>[0]['problem'] = null,
  ) =>
    renderToStaticMarkup(
      <CurrentVisitor
        site={site}
        counterId="counter-2"
        ticket={ticket(extra)}
        busy={false}
        problem={problem}
        explanation={null}
        on={actions}
      />,
    );

  it('shows needs first, calls so far of the maximum, and Recall / Visitor arrived / No-show while called', () => {
    const html = render({});
    expect(html.indexOf('Interpreter: phone, Vietnamese')).toBeLessThan(html.indexOf('current-ticket'));
    expect(html).toMatch(/data-testid="current-ticket"[^>]*>H007</);
    expect(html).toContain(`Called 2 of ${site.policy.maxCalls} times`);
    expect(html).toContain('Accessibility priority');
    for (const label of ['Recall', 'Visitor arrived', 'No-show', 'Visitor left'])
      expect(html).toContain(`>${label}</button>`);
    expect(html).not.toContain('>Park</button>');
  });

  it('offers Park instead of the call actions while serving', () => {
    const html = render({ status: 'serving' });
    expect(html).toContain('>Park</button>');
    expect(html).not.toContain('>Recall</button>');
    expect(html).toContain('Being served');
  });

  it('has transfer to a service and counter with placement front / end / by original arrival, and recycle', () => {
    const html = render({ status: 'serving' }, 'transfer-target-required');
    expect(html).toMatch(/<label for="transfer-service"[^>]*>Service<\/label>/);
    expect(html).toMatch(/<label for="transfer-counter"[^>]*>Counter<\/label>/);
    expect(html).not.toMatch(/<option value="counter-2"/);
    for (const p of ['At the front', 'At the end', 'By original arrival']) expect(html).toContain(p);
    expect(html).toContain('Choose a service, a counter or both, then press Transfer.');
    expect(html).toContain('>Back to queue</button>');
  });

  it('lists staff notes and labels the note field', () => {
    const html = render({
      notes: [{ at: '2026-11-26T17:07:00.000Z', counterId: 'counter-2', text: 'Brought the lease' }],
    });
    expect(html).toContain('Brought the lease');
    expect(html).toContain('Counter 2');
    expect(html).toMatch(/<label for="note-text"[^>]*>Add a note<\/label>/);
  });
});

describe('Complete', () => {
  it('requires an outcome, and names every configured one', () => {
    const html = renderToStaticMarkup(
      <CompleteForm site={site} busy={false} problem="outcome-required" onComplete={noop} />,
    );
    expect(html).toMatch(/<label for="outcome-select"[^>]*>Outcome<\/label>/);
    expect(html).toMatch(/id="outcome-select"[^>]*aria-invalid="true"[^>]*aria-describedby="outcome-error"/);
    for (const outcome of site.outcomes) expect(html).toContain(outcome.name);
    expect(html).toContain('>Complete</button>');
  });
});

describe('lists and forms', () => {
  it('lists waiting visitors with service, language, minutes, needs, placement tags and a Call button', () => {
    const waiting = ticket({ status: 'waiting', counterId: null, front: true, targetCounterId: 'counter-5' });
    const html = renderToStaticMarkup(
      <WaitingList
        site={site}
        tickets={[waiting]}
        nowMs={Date.parse('2026-11-26T17:09:00.000Z')}
        onCall={noop}
      />,
    );
    expect(html).toContain('Waiting (1)');
    expect(html).toContain('Housing and rental services');
    expect(html).toContain('Vietnamese');
    expect(html).toContain('9 min');
    expect(html).toContain('Needs a seat');
    expect(html).toContain('At the front');
    expect(html).toContain('For Counter 5 only');
    expect(html).toMatch(/<button[^>]*aria-disabled="false"[^>]*>Call H007<\/button>/);
    const blocked = renderToStaticMarkup(
      <WaitingList site={site} tickets={[waiting]} nowMs={0} onCall={null} />,
    );
    expect(blocked).toMatch(/aria-disabled="true"[^>]*>Call H007</);
    expect(renderToStaticMarkup(<WaitingList site={site} tickets={[]} nowMs={0} onCall={noop} />)).toContain(
      'No one is waiting.',
    );
  });

  it('lists parked visitors with Resume', () => {
    const html = renderToStaticMarkup(
      <ParkedList site={site} tickets={[ticket({ status: 'parked' })]} busy={false} onResume={noop} />,
    );
    expect(html).toContain('Parked at this counter (1)');
    expect(html).toContain('>Resume H007</button>');
  });

  it('offers the walk-in fields: service, language, interpreter, needs and priority class', () => {
    const html = renderToStaticMarkup(<WalkInForm site={site} busy={false} onStart={noop} />);
    for (const label of ['Service', 'Visitor&#x27;s language', 'Interpreter', 'Priority class'])
      expect(html).toContain(label);
    expect(html).toContain('Wheelchair access');
    for (const c of site.policy.classes) expect(html).toContain(c.name);
    expect(html).toContain('>Start serving walk-in</button>');
  });

  it('lists a shortcut for every desk action', () => {
    const html = renderToStaticMarkup(<ShortcutHelp />);
    for (const key of ['N', 'R', 'A', 'X', 'L', 'P', 'T', 'Y', 'O', 'E', 'W', 'B', 'K', 'F', 'C'])
      expect(html).toContain(`<kbd>${key}</kbd>`);
  });

  it('remembers a counter only while it still exists in the site config', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(rememberedCounter(site, storage('counter-3'))).toBe('counter-3');
    expect(rememberedCounter(site, storage('counter-99'))).toBeNull();
    expect(rememberedCounter(site, storage(null))).toBeNull();
  });
});
