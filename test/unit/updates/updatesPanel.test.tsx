// The /maintenance updates panel as staff and screen readers meet it: the plan in a sentence, every device's
// type, version and update state, and the administrator's start or halt form.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { UpdatesOverview } from '../../../machines/contracts/index.js';
import { idlePlan } from '../../../main/hub/updates/updateStore.js';
import type { HubBridge } from '../../../renderer/bridge/hubBridge.js';
import { RolloutControls } from '../../../renderer/screens/maintenance/RolloutControls.js';
import { PlanSummary, UpdatesTable } from '../../../renderer/screens/maintenance/UpdatesPanel.js';

const bridge = {} as HubBridge;
const noop = () => {};
const timeZone = 'America/Los_Angeles';

const overview = (plan: Partial<UpdatesOverview['plan']> = {}): UpdatesOverview => ({
  plan: { ...idlePlan, ...plan },
  available: [
    { version: '1.1.0', feedPath: '/updates/1.1.0/' },
    { version: '1.0.0', feedPath: '/updates/1.0.0/' },
  ],
  devices: [
    {
      deviceId: 'kiosk-1',
      name: 'Lobby kiosk by the door',
      role: 'kiosk',
      disabled: false,
      version: '1.0.0',
      previousVersion: '1.1.0',
      targetVersion: null,
      state: 'rolled-back',
      reason: 'it stopped 3 times before it was healthy',
      reportedAt: '2026-11-26T18:00:00.000Z',
    },
    {
      deviceId: 'display-1',
      name: 'Lobby TV',
      role: 'display',
      disabled: false,
      version: null,
      previousVersion: null,
      targetVersion: null,
      state: null,
      reason: null,
      reportedAt: null,
    },
  ],
});

describe('updates panel', () => {
  it('lists every device with its type, version and update state, and why it went back', () => {
    const html = renderToStaticMarkup(<UpdatesTable devices={overview().devices} timeZone={timeZone} />);
    expect(html).toContain('<th scope="row">Lobby kiosk by the door</th><td>Kiosk</td><td>1.0.0</td>');
    expect(html).toContain('Went back: 1.1.0 did not work');
    expect(html).toContain('Why: it stopped 3 times before it was healthy');
    expect(html).toContain('<td>Lobby display</td><td>Not reported yet</td><td>No update under way</td>');
    expect(html).toContain('Nov 26, 2026, 10:00 AM');
  });

  it('says what the rollout is doing in a sentence', () => {
    const piloting = overview({
      state: 'piloting',
      targetVersion: '1.1.0',
      pilotDeviceId: 'kiosk-1',
      pilotHealthyMinutes: 30,
      pilotHealthySince: '2026-11-26T18:00:00.000Z',
      startedBy: 'ada.admin',
      startedAt: '2026-11-26T17:00:00.000Z',
    });
    const html = renderToStaticMarkup(<PlanSummary overview={piloting} timeZone={timeZone} />);
    expect(html).toContain(
      'Trying 1.1.0 on Lobby kiosk by the door first. The other kiosks follow once it has worked for 30 min.',
    );
    expect(html).toContain('Lobby kiosk by the door has worked on 1.1.0 since Nov 26, 2026, 10:00 AM.');
    expect(html).toContain('Started by ada.admin on Nov 26, 2026, 9:00 AM.');
    const halted = overview({ state: 'halted', lastGoodVersion: '1.0.0', haltReason: 'printer regression' });
    const haltedHtml = renderToStaticMarkup(<PlanSummary overview={halted} />);
    expect(haltedHtml).toContain('Halted: every kiosk goes back to 1.0.0.');
    expect(haltedHtml).toContain('Reason: printer regression');
  });

  it('offers administrators the versions on the hub and the enabled kiosks as pilot when nothing is under way', () => {
    const html = renderToStaticMarkup(
      <RolloutControls bridge={bridge} overview={overview()} onDone={noop} />,
    );
    expect(html).toContain('Start a rollout');
    expect(html).toContain(
      '<option value="1.1.0" selected="">1.1.0</option><option value="1.0.0">1.0.0</option>',
    );
    expect(html).toContain('<option value="kiosk-1" selected="">Lobby kiosk by the door (1.0.0)</option>');
    expect(html).not.toContain('Lobby TV');
  });

  it('offers only halting while a rollout is under way, and says when there are no files', () => {
    const html = renderToStaticMarkup(
      <RolloutControls bridge={bridge} overview={overview({ state: 'rolling-out' })} onDone={noop} />,
    );
    expect(html).toContain('Halt the rollout');
    expect(html).not.toContain('Start a rollout');
    const empty = { ...overview(), available: [] };
    expect(
      renderToStaticMarkup(<RolloutControls bridge={bridge} overview={empty} onDone={noop} />),
    ).toContain(
      'The hub has no update files. Copy a release into the hub&#x27;s updates folder (--updates-dir)',
    );
  });
});
