// The notices panel as staff see it: the list parts with severity, times on the site clock, where it shows and
// per-row Edit / Withdraw named for the notice; the form with severity explained, text per language marked
// with `lang`, the English fallback named, and site-clock times; withdrawing asks first.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../../machines/contracts/auth.js';
import type { HubBridge } from '../../../../../renderer/bridge/hubBridge.js';
import { NoticeForm } from '../../../../../renderer/screens/maintenance/notices/NoticeForm.js';
import { NoticesPanel } from '../../../../../renderer/screens/maintenance/notices/NoticesPanel.js';
import { NoticeTable } from '../../../../../renderer/screens/maintenance/notices/NoticeTable.js';
import { WithdrawNoticeForm } from '../../../../../renderer/screens/maintenance/notices/WithdrawNoticeForm.js';
import { notice } from './noticeFixtures.js';

const noop = () => {};
const unusedBridge: HubBridge = {
  call: () => new Promise(() => {}),
  subscribe: () => ({ resync: noop, close: noop }),
  onAuthProblem: () => noop,
};
const timeZone = 'America/Los_Angeles';
const site = {
  site: { timeZone },
  languages: ['en', 'es', 'zh-Hans'],
  services: [
    { id: 'parking', name: 'Parking' },
    { id: 'permits', name: 'Permits' },
  ],
};
const device = (id: string, name: string, role: Device['role'], disabled = false): Device => ({
  id,
  name,
  role,
  disabled,
  enrolledAt: '2026-11-01T17:00:00.000Z',
  lastSeenAt: null,
  health: null,
  outOfService: null,
});
const tableProps = { timeZone, deviceName: (id: string) => id, serviceName: (id: string) => id };

describe('notice list', () => {
  it('shows each notice with severity, English headline, site-clock times, targets, closing and version', () => {
    const closing = notice({
      severity: 'warning',
      version: 3,
      messages: { en: { headline: 'Closing at 3 PM', body: '' } },
      startsAt: '2026-11-26T17:00:00.000Z',
      endsAt: '2026-11-27T00:00:00.000Z',
      closing: { serviceIds: ['parking'], from: '2026-11-26T23:00:00.000Z' },
    });
    const html = renderToStaticMarkup(
      <NoticeTable
        phase="showing"
        notices={[closing]}
        actions={{ edit: noop, withdraw: noop }}
        {...tableProps}
      />,
    );
    expect(html).toContain('Showing now (1)</h3>');
    expect(html).toContain(`data-testid="notice-${closing.id}" data-severity="warning"`);
    expect(html).toContain('>Warning</span>');
    expect(html).toContain('<th scope="row" lang="en">Closing at 3 PM</th>');
    expect(html).toContain('<td>Nov 26, 2026, 9:00 AM</td><td>Nov 26, 2026, 4:00 PM</td>');
    expect(html).toContain('<td>Kiosks, displays, and desks</td>');
    expect(html).toContain('<td>Stops tickets for parking from Nov 26, 2026, 3:00 PM</td><td>3</td>');
    expect(html).toContain('Edit<span class="visually-hidden"> Closing at 3 PM</span>');
    expect(html).toContain('Withdraw<span class="visually-hidden"> Closing at 3 PM</span>');
  });

  it('has no actions for those who only look, and says when a part is empty', () => {
    const view = renderToStaticMarkup(
      <NoticeTable phase="upcoming" notices={[notice()]} actions={null} {...tableProps} />,
    );
    expect(view).not.toContain('Withdraw');
    expect(view).not.toContain('Actions</th>');
    const empty = renderToStaticMarkup(
      <NoticeTable phase="ended" notices={[]} actions={null} {...tableProps} />,
    );
    expect(empty).toContain('Ended or withdrawn in the last 7 days (0)</h3>');
    expect(empty).toContain('data-testid="notices-ended-empty">None.</p>');
  });

  it('offers "Publish a notice" only to those who may act', () => {
    const acting = renderToStaticMarkup(
      <NoticesPanel bridge={unusedBridge} site={site} canAct canListDevices={false} />,
    );
    expect(acting).toContain('<h2 id="notices-heading">Notices</h2>');
    expect(acting).toContain('>Publish a notice</button>');
    expect(acting).toContain('Loading notices…');
    const looking = renderToStaticMarkup(
      <NoticesPanel bridge={unusedBridge} site={site} canAct={false} canListDevices />,
    );
    expect(looking).not.toContain('Publish a notice');
    expect(looking).toContain('Only supervisors and administrators can publish or change notices.');
  });
});

describe('notice form', () => {
  const render = (devices: Device[] | null, edited = null as ReturnType<typeof notice> | null) =>
    renderToStaticMarkup(
      <NoticeForm
        bridge={unusedBridge}
        site={site}
        notice={edited}
        devices={devices}
        now={new Date('2026-11-26T17:04:00.000Z')}
        onDone={noop}
        onCancel={noop}
      />,
    );

  it('explains each severity and starts now on the site clock', () => {
    const html = render(null);
    expect(html).toContain('Publish a notice</h3>');
    expect(html).toMatch(/id="notice-severity-information"[^>]*checked=""/);
    expect(html).toContain('Replaces everything on kiosks with a full-screen message until it ends');
    expect(html).toMatch(/id="notice-starts"[^>]*type="datetime-local"[^>]*value="2026-11-26T09:04"/);
    expect(html).toContain('Date and time in the site&#x27;s time zone (America/Los_Angeles).');
  });

  it('asks for text per language with lang set, English first and required, and names the fallback', () => {
    const html = render(null);
    expect(html.indexOf('English text')).toBeLessThan(html.indexOf('Spanish text'));
    expect(html).toMatch(/id="notice-en-headline"[^>]*lang="en"[^>]*aria-required="true"/);
    expect(html).toMatch(/id="notice-es-headline"[^>]*lang="es"/);
    expect(html).toMatch(/id="notice-zh-Hans-body"[^>]*lang="zh-Hans"/);
    expect(html).toContain('Spanish and Simplified Chinese will show the English text.');
  });

  it('offers only these kiosks and displays when the role may list devices', () => {
    expect(render(null)).not.toContain('Only these kiosks and displays');
    const html = render([device('kiosk-1', 'Lobby kiosk', 'kiosk')]);
    expect(html).toContain('Only these kiosks and displays');
  });

  it('prefills an edit and saves changes', () => {
    const edited = notice({
      messages: {
        en: { headline: 'Elevator B is out', body: '' },
        es: { headline: 'Ascensor B fuera', body: '' },
      },
      targets: { kiosks: true, displays: false, desks: false, deviceIds: ['kiosk-1'] },
    });
    const html = render(
      [device('kiosk-1', 'Lobby kiosk', 'kiosk'), device('kiosk-2', 'Old kiosk', 'kiosk', true)],
      edited,
    );
    expect(html).toContain('Change notice: Elevator B is out</h3>');
    expect(html).toMatch(/id="notice-es-headline"[^>]*value="Ascensor B fuera"/);
    expect(html).toContain('Lobby kiosk');
    expect(html).not.toContain('Old kiosk');
    expect(html).toContain('Simplified Chinese will show the English text.');
    expect(html).toContain('>Save changes</button>');
  });
});

describe('withdrawing', () => {
  it('says what happens and asks for an optional reason before "Yes, withdraw notice"', () => {
    const html = renderToStaticMarkup(
      <WithdrawNoticeForm bridge={unusedBridge} notice={notice()} onDone={noop} onCancel={noop} />,
    );
    expect(html).toContain('Withdraw notice: Elevator B is out of service</h3>');
    expect(html).toContain('It disappears from every kiosk, display and desk at once');
    expect(html).toContain('Reason (optional)');
    expect(html).toContain('>Yes, withdraw notice</button>');
  });
});
