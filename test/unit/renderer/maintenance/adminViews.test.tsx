// Devices, staff accounts, audit and the set-up code as staff and screen readers meet them, and the checks
// run before asking the hub.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, Device, StaffUser } from '../../../../machines/contracts/auth.js';
import { EnrolmentCodeCard } from '../../../../renderer/screens/maintenance/AddDeviceForm.js';
import {
  AuditTable,
  auditShown,
  latestEntries,
} from '../../../../renderer/screens/maintenance/AuditPanel.js';
import { checkNewStaff } from '../../../../renderer/screens/maintenance/addStaffProblems.js';
import { DeviceTable } from '../../../../renderer/screens/maintenance/DeviceTable.js';
import { formatWhen } from '../../../../renderer/screens/maintenance/maintenanceText.js';
import { StaffTable } from '../../../../renderer/screens/maintenance/StaffPanel.js';

const noop = () => {};
const devices: Device[] = [
  {
    id: 'kiosk-3f9a2c1b',
    name: 'Lobby kiosk by the door',
    role: 'kiosk',
    disabled: false,
    enrolledAt: '2026-11-26T16:00:00.000Z',
    lastSeenAt: '2026-11-26T17:04:00.000Z',
    health: null,
    outOfService: null,
  },
  {
    id: 'display-1',
    name: 'Lobby TV',
    role: 'display',
    disabled: true,
    enrolledAt: '2026-11-26T16:00:00.000Z',
    lastSeenAt: null,
    health: null,
    outOfService: null,
  },
];
const users: StaffUser[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'ada.admin',
    displayName: 'Ada Admin',
    role: 'administrator',
    disabled: false,
    createdAt: '2026-11-26T16:00:00.000Z',
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    username: 'dana.desk',
    displayName: 'Dana Desk',
    role: 'desk',
    disabled: false,
    createdAt: '2026-11-26T16:00:00.000Z',
  },
];
const entry = (seq: number): AuditEntry => ({
  seq,
  at: '2026-11-26T17:04:00.000Z',
  actor: 'staff:dana.desk',
  action: 'callNext',
  target: null,
  outcome: 'ok',
});

describe('device list', () => {
  it('shows type, last seen and status, and a Disable button named after its device', () => {
    const html = renderToStaticMarkup(
      <DeviceTable
        devices={{ status: 'loaded', value: devices }}
        busyId={null}
        timeZone="America/Los_Angeles"
        onDisable={noop}
      />,
    );
    expect(html).toContain('<th scope="row">Lobby kiosk by the door</th><td>Kiosk</td>');
    expect(html).toContain('Nov 26, 2026, 9:04 AM');
    expect(html).toContain('<td>Lobby display</td><td>Never</td><td>Disabled</td>');
    expect(html).toMatch(/>Disable<span class="visually-hidden"> Lobby kiosk by the door<\/span><\/button>/);
    expect(html.match(/>Disable</g)).toHaveLength(1);
  });

  it('says plainly when it cannot load or may not be seen', () => {
    const failed = renderToStaticMarkup(
      <DeviceTable devices={{ status: 'failed' }} busyId={null} onDisable={noop} />,
    );
    expect(failed).toMatch(
      /role="alert"[^>]*>Cannot load the devices\. Check the network, then press Refresh\./,
    );
    const forbidden = renderToStaticMarkup(
      <DeviceTable devices={{ status: 'forbidden' }} busyId={null} onDisable={noop} />,
    );
    expect(forbidden).toContain('Your account does not have access to this.');
  });
});

describe('set-up code', () => {
  it('shows the code large with its expiry and what to do on a kiosk', () => {
    const html = renderToStaticMarkup(
      <EnrolmentCodeCard
        code={{
          code: 'K7QM-4XPA',
          role: 'kiosk',
          name: 'Lobby kiosk',
          expiresAt: '2026-11-26T17:19:00.000Z',
        }}
        timeZone="America/Los_Angeles"
        onDone={noop}
      />,
    );
    expect(html).toContain('Set-up code for Lobby kiosk</h3>');
    expect(html).toContain('data-testid="enrolment-code">K7QM-4XPA</p>');
    expect(html).toContain('works once, until 9:19 AM');
    expect(html).toContain('sudo lobby311-enrol K7QM-4XPA');
    expect(html).toContain('npm run agent -- --enrol K7QM-4XPA');
  });

  it('tells a display to type the code on its own screen', () => {
    const html = renderToStaticMarkup(
      <EnrolmentCodeCard
        code={{ code: 'D2D2-D2D2', role: 'display', name: 'Lobby TV', expiresAt: '2026-11-26T17:19:00.000Z' }}
        onDone={noop}
      />,
    );
    expect(html).toContain('Set up this display');
    expect(html).not.toContain('--enrol');
  });
});

describe('staff accounts', () => {
  it('lists accounts with role and status, and never offers to disable your own', () => {
    const html = renderToStaticMarkup(
      <StaffTable
        users={{ status: 'loaded', value: users }}
        selfId={users[0]!.id}
        busyId={null}
        onDisable={noop}
      />,
    );
    expect(html).toContain(
      '<th scope="row">ada.admin</th><td>Ada Admin</td><td>administrator</td><td>Active</td><td>You</td>',
    );
    expect(html).toMatch(/>Disable<span class="visually-hidden"> dana\.desk<\/span>/);
    expect(html.match(/>Disable</g)).toHaveLength(1);
  });

  it('checks a new account against the contract, naming each wrong field', () => {
    expect(checkNewStaff({ username: 'X', displayName: ' ', role: 'boss', password: 'short' })).toEqual({
      problems: ['username', 'displayName', 'role', 'password'],
    });
    expect(
      checkNewStaff({
        username: ' sam.s ',
        displayName: ' Sam ',
        role: 'supervisor',
        password: 'twelve chars!',
      }),
    ).toEqual({
      body: { username: 'sam.s', displayName: 'Sam', role: 'supervisor', password: 'twelve chars!' },
    });
  });
});

describe('audit log', () => {
  it(`shows the newest ${auditShown} entries first`, () => {
    const entries = Array.from({ length: auditShown + 5 }, (_, i) => entry(i + 1));
    const latest = latestEntries(entries);
    expect(latest).toHaveLength(auditShown);
    expect(latest[0]?.seq).toBe(auditShown + 5);
    expect(latest.at(-1)?.seq).toBe(6);
  });

  it('lays out who did what, and when', () => {
    const html = renderToStaticMarkup(
      <AuditTable entries={{ status: 'loaded', value: [entry(7)] }} timeZone="America/Los_Angeles" />,
    );
    expect(html).toContain('<th scope="col">Who</th>');
    expect(html).toContain('<td>staff:dana.desk</td><td>callNext</td><td></td><td>Done</td>');
    expect(formatWhen(null)).toBe('Never');
  });
});
