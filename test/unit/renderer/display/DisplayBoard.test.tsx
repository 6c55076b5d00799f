// The lobby board shows ticket numbers and counters only, the recent calls, and status without colour alone.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PublicCall } from '../../../../machines/contracts/ticket.js';
import { translator } from '../../../../machines/i18n/translate.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { DisplayBoard, recentShown } from '../../../../renderer/screens/display/DisplayBoard.js';

const t = translator(loadCatalogs(), 'en', 'display');
const call = (callId: number, language = 'vi'): PublicCall => ({
  callId,
  ticketNumber: `H${String(callId).padStart(3, '0')}`,
  counterName: String((callId % 6) + 1),
  language,
  calledAt: '2026-11-26T17:00:00.000Z',
  recall: false,
});

const render = (props: Partial<Parameters<typeof DisplayBoard>[0]> = {}) =>
  renderToStaticMarkup(
    <DisplayBoard
      t={t}
      calls={[]}
      clock="9:42 AM"
      connection="open"
      sound="on"
      onStartSound={() => {}}
      {...props}
    />,
  );

describe('DisplayBoard', () => {
  it('shows the newest call as "now calling" in a polite live region', () => {
    const html = render({ calls: [call(9), call(8)] });
    expect(html).toMatch(/aria-live="polite"/);
    expect(html).toMatch(/data-testid="now-calling-ticket">H009</);
    expect(html).toMatch(/data-testid="now-calling-counter">4</);
    expect(html).toContain('<h1');
  });

  it('lists at most the recent-call limit, newest first', () => {
    const calls = Array.from({ length: 10 }, (_, i) => call(10 - i));
    const html = render({ calls });
    const list = /data-testid="recent-calls">(.*?)<\/ol>/.exec(html)?.[1] ?? '';
    expect(list.match(/<li/g)).toHaveLength(recentShown);
    expect(list.indexOf('H010')).toBeLessThan(list.indexOf('H009'));
    expect(list).not.toContain('H004');
  });

  it('never shows the language of a call', () => {
    const html = render({ calls: [call(1, 'vi'), call(2, 'zh-Hans')] });
    expect(html).not.toMatch(/Vietnam|Chinese|zh-Hans|\bvi\b/);
  });

  it('says "Reconnecting…" when the stream is down, and offers Start sound when audio is blocked', () => {
    expect(render()).not.toContain('Reconnecting');
    expect(render()).not.toContain('Start sound</button>');
    const html = render({ connection: 'reconnecting', sound: 'blocked' });
    expect(html).toContain('Reconnecting…');
    expect(html).toMatch(/<button[^>]*>Start sound<\/button>/);
  });

  it('asks visitors to wait before the first call of the day', () => {
    const html = render();
    expect(html).toContain('Please wait for your number.');
    expect(html).not.toContain('now-calling-ticket');
  });
});
