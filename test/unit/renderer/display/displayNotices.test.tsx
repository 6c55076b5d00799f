// The lobby board with notices: a panel under the calls in every language the notice has (each marked with its
// lang), severity in words, the caption of what is spoken, and an emergency that takes the screen.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import type { PublicCall } from '../../../../machines/contracts/ticket.js';
import { translator } from '../../../../machines/i18n/translate.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { DisplayBoard } from '../../../../renderer/screens/display/DisplayBoard.js';

const t = translator(loadCatalogs(), 'en', 'display');
const calls: PublicCall[] = [
  {
    callId: 2,
    ticketNumber: 'H002',
    counterName: '4',
    language: 'vi',
    calledAt: '2026-11-26T17:00:00.000Z',
    recall: false,
  },
];
const notice = (n: number, extra: Partial<DeviceNotice> = {}): DeviceNotice => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  version: 1,
  severity: 'warning',
  messages: {
    en: { headline: 'Lift out of order', body: 'Use the lift on Fourth Avenue.' },
    es: { headline: 'Ascensor fuera de servicio', body: 'Use el ascensor de la Cuarta Avenida.' },
  },
  startsAt: '2026-11-26T16:00:00.000Z',
  endsAt: null,
  closing: null,
  ...extra,
});

const render = (props: Partial<Parameters<typeof DisplayBoard>[0]> = {}) =>
  renderToStaticMarkup(
    <DisplayBoard
      t={t}
      calls={calls}
      clock="9:42 AM"
      connection="open"
      sound="on"
      onStartSound={() => {}}
      {...props}
    />,
  );

const panel = (html: string) => /data-testid="display-notices"[^>]*>(.*?)<\/section>/.exec(html)?.[1] ?? '';

describe('DisplayBoard notices', () => {
  it('keeps an empty polite region for notices and an empty caption when there are none', () => {
    const html = render();
    expect(html).toMatch(
      /<section[^>]*data-testid="display-notices"[^>]*aria-live="polite"[^>]*><\/section>/,
    );
    expect(html).toContain('<p class="caption" data-testid="display-caption"></p>');
  });

  it('shows each notice with its severity in words, English first then Spanish, each with its lang', () => {
    const html = render({
      notices: [
        notice(1),
        notice(2, {
          severity: 'information',
          messages: { en: { headline: 'Cashier closes at 4 PM', body: '' } },
        }),
      ],
    });
    const shown = panel(html);
    expect(shown).toContain('Warning</p>');
    expect(shown).toContain('Information</p>');
    expect(shown.indexOf('lang="en"')).toBeLessThan(shown.indexOf('lang="es"'));
    expect(shown).toMatch(
      /<div lang="es"[^>]*><h3[^>]*>Ascensor fuera de servicio<\/h3><p[^>]*>Use el ascensor/,
    );
    expect(shown).toContain('Cashier closes at 4 PM');
    expect(html).toMatch(/data-testid="recent-calls"/);
  });

  it('captions the notice being spoken, in its language and direction', () => {
    const html = render({
      notices: [notice(1)],
      caption: { text: 'Advertencia. Ascensor fuera de servicio.', language: 'es' },
    });
    expect(html).toMatch(
      /data-testid="display-caption"><span class="visually-hidden">Now speaking: <\/span><span lang="es" dir="ltr">Advertencia\. Ascensor fuera de servicio\.<\/span>/,
    );
    const arabic = render({ notices: [notice(1)], caption: { text: 'تحذير. المصعد معطل.', language: 'ar' } });
    expect(arabic).toContain('<span lang="ar" dir="rtl">تحذير. المصعد معطل.</span>');
  });

  it('lets an emergency take the screen: the calls and other notices are hidden while it shows', () => {
    const emergency = notice(3, {
      severity: 'emergency',
      messages: {
        en: { headline: 'Evacuate the building', body: 'Leave by the nearest exit.' },
        es: { headline: 'Evacúe el edificio', body: 'Salga por la salida más cercana.' },
      },
    });
    const html = render({ notices: [emergency, notice(1)] });
    expect(html).toMatch(/data-testid="display-emergency" role="alert"/);
    expect(html).toMatch(/<h1[^>]*>Emergency notice<\/h1>/);
    expect(html).toMatch(/<div lang="en"[^>]*><h2[^>]*>Evacuate the building<\/h2>/);
    expect(html).toMatch(/<div lang="es"[^>]*><h2[^>]*>Evacúe el edificio<\/h2>/);
    expect(html).not.toContain('H002');
    expect(html).not.toContain('recent-calls');
    expect(html).not.toContain('Lift out of order');
    expect(html).toContain('data-testid="display-caption"');
  });
});
