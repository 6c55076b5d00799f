// The desk's notices banner: the notices showing now by the hub's clock, severity in words, until when (in the
// site's zone), and the announcement of a newly showing one (an emergency as an alert).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import {
  announcementsFor,
  NoticesBanner,
  untilText,
} from '../../../../renderer/screens/desk/NoticesBanner.js';
import { publishStaffNotices } from '../../../../renderer/shared/useStaffStream.js';

const zone = 'America/Los_Angeles';
const now = Date.parse('2026-11-26T18:00:00.000Z'); // 10:00 AM in Portland
const notice = (n: number, extra: Partial<DeviceNotice> = {}): DeviceNotice => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  version: 1,
  severity: 'information',
  messages: { en: { headline: `Notice ${n}`, body: `Body ${n}` }, es: { headline: `Aviso ${n}`, body: '' } },
  startsAt: new Date(now - 60_000).toISOString(),
  endsAt: null,
  closing: null,
  ...extra,
});

/** Renders the banner for a bridge whose staff stream delivered `notices` (rendering never calls the bridge). */
function render(notices: DeviceNotice[]): string {
  const bridge = {} as HubBridge;
  publishStaffNotices(bridge, notices);
  return renderToStaticMarkup(<NoticesBanner bridge={bridge} nowMs={now} timeZone={zone} />);
}

describe('NoticesBanner', () => {
  it('lists the showing notices, emergencies first, in English with severity and until when', () => {
    const html = render([
      notice(1, { endsAt: '2026-11-27T01:00:00.000Z' }),
      notice(2, { severity: 'emergency', endsAt: '2026-11-27T18:30:00.000Z' }),
      notice(3, { startsAt: new Date(now + 60_000).toISOString() }),
      notice(4, { endsAt: new Date(now).toISOString() }),
    ]);
    expect(html).toContain('data-testid="desk-notices"');
    const items = [...html.matchAll(/<li class="desk-notice desk-notice--(\w+)">(.*?)<\/li>/g)];
    expect(items.map((m) => m[1])).toEqual(['emergency', 'information']);
    expect(items[0]?.[2]).toContain('Emergency:</strong> Notice 2');
    expect(items[0]?.[2]).toContain('Until Fri, Nov 27, 10:30 AM');
    expect(items[1]?.[2]).toContain('Body 1');
    expect(items[1]?.[2]).toContain('Until 5:00 PM');
    expect(html).not.toContain('Aviso');
  });

  it('keeps its status and alert regions in the page even with no notice', () => {
    const html = render([]);
    expect(html).toBe(
      '<section class="desk-notices" data-testid="desk-notices">' +
        '<div role="status" class="visually-hidden"></div><div role="alert" class="visually-hidden"></div></section>',
    );
  });
});

describe('untilText', () => {
  it('says until withdrawn when the notice has no end', () => {
    expect(untilText(null, now, zone)).toBe('Until withdrawn');
  });

  it('gives the time alone on the same day in the site’s zone, and the day too later', () => {
    expect(untilText('2026-11-27T07:59:00.000Z', now, zone)).toBe('Until 11:59 PM');
    expect(untilText('2026-11-27T08:00:00.000Z', now, zone)).toBe('Until Fri, Nov 27, 12:00 AM');
  });
});

describe('announcementsFor', () => {
  it('announces only versions not announced before; emergencies as an alert', () => {
    const known = new Set([`${notice(1).id}@1`]);
    const said = announcementsFor(known, [
      notice(5, { severity: 'emergency' }),
      notice(1),
      notice(2, { severity: 'warning' }),
    ]);
    expect(said).toEqual({ polite: 'New warning: Notice 2', alert: 'New emergency notice: Notice 5' });
    expect(announcementsFor(known, [notice(1, { version: 2 })])).toEqual({
      polite: 'New notice: Notice 1',
      alert: '',
    });
    expect(announcementsFor(known, [notice(1)])).toEqual({ polite: '', alert: '' });
  });
});
