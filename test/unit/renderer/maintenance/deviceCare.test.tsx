// Kiosk care in maintenance: the out-of-service message and since when in the devices table, the row's actions,
// a test print queued through the bridge and the sentence each result gives, the out-of-service form's checks,
// and the print preview's request and picture.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../machines/contracts/auth.js';
import type { DeviceCommand } from '../../../../machines/contracts/deviceCare.js';
import type { HubRoute } from '../../../../machines/contracts/hubApi.js';
import { HubError } from '../../../../machines/contracts/hubClient.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { CommandStatusList } from '../../../../renderer/screens/maintenance/CommandStatusList.js';
import { DeviceTable } from '../../../../renderer/screens/maintenance/DeviceTable.js';
import {
  commandSentence,
  refreshPending,
  sendDeviceCommand,
} from '../../../../renderer/screens/maintenance/deviceCommands.js';
import {
  OutOfServiceForm,
  OutOfServiceFormView,
} from '../../../../renderer/screens/maintenance/OutOfServiceForm.js';
import { putBackInService, takeOutOfService } from '../../../../renderer/screens/maintenance/outOfService.js';
import { PrintPreviewView } from '../../../../renderer/screens/maintenance/PrintPreviewPanel.js';
import { requestPreview } from '../../../../renderer/screens/maintenance/printPreview.js';

interface Call {
  route: HubRoute;
  args: unknown;
}

/** A bridge that records each call and answers with `answer` (the hub's routes are another engineer's). */
function recordingBridge(answer: (route: HubRoute, args: unknown) => Promise<unknown>) {
  const calls: Call[] = [];
  const call = (route: HubRoute, args: unknown) => {
    calls.push({ route, args });
    return answer(route, args);
  };
  const bridge: HubBridge = {
    // The generic typed `call` cannot be written for a recorder without a cast; answers are typed per test.
    call: call as HubBridge['call'],
    subscribe: () => ({ resync: () => {}, close: () => {} }),
    onAuthProblem: () => () => {},
  };
  return { bridge, calls };
}

const noop = () => {};
const kiosk = (changes: Partial<Device> = {}): Device => ({
  id: 'kiosk-3f9a2c1b',
  name: 'Lobby kiosk',
  role: 'kiosk',
  disabled: false,
  enrolledAt: '2026-11-26T16:00:00.000Z',
  lastSeenAt: '2026-11-26T17:04:00.000Z',
  health: {
    printer: {
      state: 'ready',
      canPrint: true,
      fault: null,
      since: '2026-11-26T17:10:00.000Z',
      lastGoodAt: '2026-11-26T17:10:00.000Z',
    },
    printerModel: 'epson-tm-t88vi',
    connectivity: null,
    reportedAt: '2026-11-26T17:12:00.000Z',
  },
  outOfService: null,
  ...changes,
});

const command = (changes: Partial<DeviceCommand> = {}): DeviceCommand => ({
  id: '00000000-0000-4000-8000-0000000000c1',
  deviceId: 'kiosk-3f9a2c1b',
  request: { kind: 'testPrint' },
  status: 'pending',
  requestedAt: '2026-11-26T17:20:00.000Z',
  requestedBy: 'fay.facilities',
  completedAt: null,
  detail: null,
  ...changes,
});

const actions = { command: noop, takeOut: noop, putBack: noop, preview: noop };
const table = (devices: Device[]) =>
  renderToStaticMarkup(
    <DeviceTable
      devices={{ status: 'loaded', value: devices }}
      busyId={null}
      timeZone="America/Los_Angeles"
      onDisable={noop}
      actions={actions}
    />,
  );

describe('devices table with kiosk care', () => {
  it('shows an out-of-service kiosk with since when and the message visitors see, and offers Put back', () => {
    const html = table([
      kiosk({
        outOfService: { message: 'Please use the kiosk by the elevators', since: '2026-11-26T17:20:00.000Z' },
      }),
    ]);
    expect(html).toContain('<strong>Out of service since Nov 26, 2026, 9:20 AM</strong>');
    expect(html).toContain('Visitors see: “Please use the kiosk by the elevators”');
    expect(html).toContain('Put back in service<span class="visually-hidden"> Lobby kiosk</span>');
    expect(html).not.toContain('Take out of service…');
  });

  it('offers the care buttons in a named group per kiosk, Clear fault only with a printer fault', () => {
    const ready = table([kiosk()]);
    expect(ready).toMatch(
      /<fieldset[^>]*aria-label="Actions for Lobby kiosk"[^>]*data-testid="device-actions-kiosk-3f9a2c1b"/,
    );
    for (const label of ['Test print', 'Reprint last ticket', 'Take out of service…', 'Preview printout'])
      expect(ready).toContain(`>${label}<span class="visually-hidden"> Lobby kiosk</span></button>`);
    expect(ready).not.toContain('Clear fault');
    const health = kiosk().health;
    if (!health) throw new Error('the kiosk fixture has health');
    const faulty = kiosk({
      health: { ...health, printer: { ...health.printer, state: 'paperOut', fault: 'paper-out' } },
    });
    expect(table([faulty])).toContain(
      '>Clear fault<span class="visually-hidden"> Lobby kiosk</span></button>',
    );
  });

  it('shows the printer model the kiosk reports in the printer column', () => {
    expect(table([kiosk()])).toContain('<span>Model: Epson TM-T88VI (80 mm)</span>');
  });

  it('offers no care buttons for a display or a disabled kiosk', () => {
    const display = kiosk({ id: 'display-1', name: 'Lobby TV', role: 'display', health: null });
    const html = table([display, kiosk({ id: 'kiosk-old', disabled: true })]);
    expect(html).not.toContain('data-testid="device-actions-');
  });
});

describe('kiosk commands', () => {
  it('queues a test print for the kiosk and says what became of it', async () => {
    const { bridge, calls } = recordingBridge(async (route) => {
      if (route === 'queueDeviceCommand') return command();
      return {
        commands: [command({ status: 'done', detail: 'Printed', completedAt: '2026-11-26T17:20:05.000Z' })],
      };
    });
    const sent = await sendDeviceCommand(bridge, kiosk(), { kind: 'testPrint' });
    if (!sent.ok) throw new Error(sent.text);
    expect(calls).toEqual([
      {
        route: 'queueDeviceCommand',
        args: { params: { deviceId: 'kiosk-3f9a2c1b' }, body: { kind: 'testPrint' } },
      },
    ]);
    expect(commandSentence(sent.tracked)).toBe('Test print sent to Lobby kiosk: waiting for the kiosk…');

    const [fresh] = await refreshPending(bridge, [sent.tracked]);
    expect(calls[1]).toEqual({
      route: 'listDeviceCommands',
      args: { params: { deviceId: 'kiosk-3f9a2c1b' } },
    });
    if (!fresh) throw new Error('the command is still tracked');
    const html = renderToStaticMarkup(<CommandStatusList tracked={[fresh]} />);
    expect(html).toMatch(/^<div role="status"/);
    expect(html).toContain('Test print on Lobby kiosk: done. Printed');
  });

  it('reads again only kiosks with a pending command', async () => {
    const { bridge, calls } = recordingBridge(async () => ({ commands: [] }));
    const done = { command: command({ status: 'done', detail: 'Printed' }), deviceName: 'Lobby kiosk' };
    expect(await refreshPending(bridge, [done])).toEqual([done]);
    expect(calls).toEqual([]);
  });

  it.each([
    [
      'failed',
      'The printer is out of paper',
      'Test print on Lobby kiosk failed: The printer is out of paper',
    ],
    ['expired', null, 'Test print on Lobby kiosk expired: the kiosk did not collect it within 10 minutes.'],
  ] as const)('says a %s command in words', (status, detail, sentence) => {
    const text = commandSentence({ command: command({ status, detail }), deviceName: 'Lobby kiosk' });
    expect(text.startsWith(sentence)).toBe(true);
  });

  it('gives the hub’s own reason when it refuses to queue a command', async () => {
    const { bridge } = recordingBridge(() =>
      Promise.reject(new HubError(409, 'wrong-state', 'The kiosk is disabled.')),
    );
    const sent = await sendDeviceCommand(bridge, kiosk(), { kind: 'clearFault' });
    expect(sent).toEqual({
      ok: false,
      text: 'Cannot send Clear fault to Lobby kiosk. The kiosk is disabled.',
    });
  });
});

describe('taking a kiosk out of service', () => {
  it('refuses an empty message with a clear error, without asking the hub', async () => {
    const { bridge, calls } = recordingBridge(async () => kiosk());
    expect(await takeOutOfService(bridge, kiosk(), '   ')).toEqual({ kind: 'invalid', problem: 'empty' });
    expect(await takeOutOfService(bridge, kiosk(), 'x'.repeat(281))).toEqual({
      kind: 'invalid',
      problem: 'tooLong',
    });
    expect(calls).toEqual([]);
    const html = renderToStaticMarkup(
      <OutOfServiceFormView
        name="Lobby kiosk"
        message=""
        problem="empty"
        failure={null}
        busy={false}
        onChange={noop}
        onSubmit={noop}
        onCancel={noop}
      />,
    );
    expect(html).toContain('<a href="#out-of-service-message">Enter the message visitors will see</a>');
    expect(html).toMatch(/<textarea id="out-of-service-message"[^>]*aria-invalid="true"/);
  });

  it('suggests the default message with a character count', () => {
    const html = renderToStaticMarkup(
      <OutOfServiceForm
        bridge={recordingBridge(async () => kiosk()).bridge}
        device={kiosk()}
        onDone={noop}
        onCancel={noop}
      />,
    );
    const suggested = 'This kiosk is out of service. Please use another kiosk or ask at the front desk.';
    expect(html).toContain('data-testid="out-of-service-form"');
    expect(html).toContain('<h3 id="out-of-service-heading">Take Lobby kiosk out of service</h3>');
    expect(html).toContain(`>${suggested}</textarea>`);
    expect(html).toContain(`You have ${280 - suggested.length} characters remaining`);
  });

  it('sends the trimmed message, and null to put the kiosk back', async () => {
    const { bridge, calls } = recordingBridge(async () => kiosk());
    const done = await takeOutOfService(bridge, kiosk(), '  Use the kiosk by the elevators  ');
    expect(done).toEqual({ kind: 'done', text: 'Lobby kiosk is out of service. Visitors see your message.' });
    expect(await putBackInService(bridge, kiosk())).toEqual({
      ok: true,
      text: 'Lobby kiosk is back in service.',
    });
    expect(calls.map((c) => c.args)).toEqual([
      { params: { deviceId: 'kiosk-3f9a2c1b' }, body: { message: 'Use the kiosk by the elevators' } },
      { params: { deviceId: 'kiosk-3f9a2c1b' }, body: { message: null } },
    ]);
  });
});

describe('print preview', () => {
  const choice = { printerModel: 'epson-tm-p20ii', language: 'es', layout: 'referral-slip' } as const;

  it('asks for the chosen model, language and layout and shows the picture at one pixel per dot', async () => {
    const preview = {
      pngBase64: 'iVBORw0KGgo=',
      widthDots: 384,
      heightDots: 900,
      bytes: 1204,
      rasterLines: 3,
    };
    const { bridge, calls } = recordingBridge(async () => preview);
    const state = await requestPreview(bridge, choice);
    expect(calls).toEqual([{ route: 'printPreview', args: { query: choice } }]);
    const html = renderToStaticMarkup(
      <PrintPreviewView
        choice={choice}
        languages={['en', 'es']}
        state={state}
        onChange={noop}
        onSubmit={noop}
      />,
    );
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).toContain('width="384" height="900"');
    expect(html).toContain(
      'alt="Preview of the referral slip printout in Español on the Epson TM-P20II (58 mm)"',
    );
    expect(html).toContain('data-testid="print-preview-img"');
    expect(html).toContain('<figcaption>1,204 bytes, 3 lines printed as images</figcaption>');
  });

  it('offers the five printer models by name and the site languages by their own names', () => {
    const html = renderToStaticMarkup(
      <PrintPreviewView
        choice={choice}
        languages={['en', 'es']}
        state={{ kind: 'idle' }}
        onChange={noop}
        onSubmit={noop}
      />,
    );
    expect(html.match(/<option value="epson-/g)).toHaveLength(5);
    expect(html).toContain('<option value="epson-tm-t88vi">Epson TM-T88VI (80 mm)</option>');
    expect(html).toContain('<option value="es" selected="">Español</option>');
    expect(html).toContain('<option value="en">English</option>');
    expect(html).not.toContain('print-preview-img');
  });

  it('says why when the hub cannot draw it', async () => {
    const { bridge } = recordingBridge(() =>
      Promise.reject(new HubError(400, 'invalid-request', 'No such layout.')),
    );
    expect(await requestPreview(bridge, choice)).toEqual({
      kind: 'failed',
      text: 'Cannot draw the preview. No such layout.',
    });
  });
});
