// Each kiosk's printer health in the devices table: plain words with an icon (never colour alone), since when
// in the site's time zone, and what is shown before a kiosk reports or for a display.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Device, PrinterHealth } from '../../../../machines/contracts/index.js';
import { DeviceTable } from '../../../../renderer/screens/maintenance/DeviceTable.js';

const kiosk = (id: string, printer: Partial<PrinterHealth> | null): Device => ({
  id,
  name: `Kiosk ${id}`,
  role: 'kiosk',
  disabled: false,
  enrolledAt: '2026-11-26T16:00:00.000Z',
  lastSeenAt: '2026-11-26T17:04:00.000Z',
  health:
    printer === null
      ? null
      : {
          printer: {
            state: 'ready',
            canPrint: true,
            fault: null,
            since: '2026-11-26T17:10:00.000Z',
            lastGoodAt: '2026-11-26T17:10:00.000Z',
            ...printer,
          },
          printerModel: null,
          connectivity: null,
          reportedAt: '2026-11-26T17:12:00.000Z',
        },
  outOfService: null,
});

const render = (devices: Device[]) =>
  renderToStaticMarkup(
    <DeviceTable
      devices={{ status: 'loaded', value: devices }}
      busyId={null}
      timeZone="America/Los_Angeles"
      onDisable={() => {}}
    />,
  );

/** The printer cell of the row headed by `name`. */
function printerCell(html: string, name: string): string {
  const row = html.split('<tr>').find((r) => r.includes(`<th scope="row">${name}</th>`));
  const cell = row?.match(/<td data-printer-state="[^"]+">.*?<\/td>/);
  if (!cell) throw new Error(`no printer cell for ${name}`);
  return cell[0];
}

describe('printer health in the devices table', () => {
  it('has a Printer column header in the table head', () => {
    const html = render([kiosk('a', {})]);
    expect(html).toContain(
      '<th scope="col">Status</th><th scope="col">Printer</th><th scope="col">Connection</th><th scope="col">Action</th>',
    );
  });

  it.each([
    ['ready', 'Ready', '✓'],
    ['paperLow', 'Paper low', '⚠'],
    ['paperOut', 'Out of paper', '✕'],
    ['coverOpen', 'Cover open', '✕'],
    ['cutterError', 'Cutter jammed', '✕'],
    ['offline', 'Printer not answering', '✕'],
  ] as const)('says %s as "%s" with an icon and since when', (state, words, icon) => {
    const cell = printerCell(render([kiosk('a', { state })]), 'Kiosk a');
    expect(cell).toContain(`<span aria-hidden="true">${icon} </span><strong>${words}</strong>`);
    expect(cell).toContain('since Nov 26, 2026, 9:10 AM');
  });

  it('keeps each kiosk on its own row', () => {
    const html = render([kiosk('a', { state: 'paperOut' }), kiosk('b', { state: 'ready' })]);
    expect(printerCell(html, 'Kiosk a')).toContain('Out of paper');
    expect(printerCell(html, 'Kiosk b')).toContain('Ready');
  });

  it('says when a kiosk has not reported yet, and that a display has no printer', () => {
    const display: Device = { ...kiosk('tv', null), name: 'Lobby TV', role: 'display' };
    const html = render([kiosk('new', null), display]);
    expect(html).toContain('<td>Working</td><td>Not reported yet</td>');
    expect(html).toContain(
      '<td>Lobby display</td><td>Nov 26, 2026, 9:04 AM</td><td>Working</td><td>No printer</td>',
    );
  });
});
