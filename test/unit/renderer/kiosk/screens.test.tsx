// Kiosk screens: every reachable flow state has a screen that renders in every site language with the names
// the end-to-end tests use.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { KioskFlowContext } from '../../../../machines/kioskFlow.js';
import { IdleWarning } from '../../../../renderer/screens/kiosk/IdleWarning.js';
import { KioskTextContext, kioskText } from '../../../../renderer/screens/kiosk/kioskText.js';
import { ScreenForState } from '../../../../renderer/screens/kiosk/ScreenForState.js';
import { type KioskScreen, kioskScreens, screenFor } from '../../../../renderer/screens/kiosk/screenFor.js';
import { kioskFlowPaths, portlandSetup, ticketResultFor } from '../../machines/kioskFlow/fixtures.js';

const setup = portlandSetup();
const paths = kioskFlowPaths();
const noop = () => {};

function render(screen: KioskScreen, context: KioskFlowContext): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(context.language)}>
      <ScreenForState screen={screen} context={context} send={noop} />
    </KioskTextContext.Provider>,
  );
}

/** A context as the flow holds it on the given screen, in the given language. */
function contextOn(screen: KioskScreen, language: string): KioskFlowContext {
  const path = paths.find((p) => screenFor(p.state) === screen);
  if (!path) throw new Error(`no path reaches the ${screen} screen`);
  return { ...path.state.context, language };
}

describe('kiosk screens', () => {
  it('maps every reachable flow state to a screen, and every screen is reached', () => {
    const reached = new Set(paths.map((path) => screenFor(path.state)));
    expect([...reached].sort()).toEqual([...kioskScreens].sort());
  });

  const cases = kioskScreens.flatMap((screen) => setup.site.languages.map((lang) => [screen, lang] as const));

  it.each(cases)('renders the %s screen in %s with a heading or a status', (screen, lang) => {
    const html = render(screen, contextOn(screen, lang));
    expect(html).toMatch(/<h1|role="status"/);
  });

  it('offers a Start button and each language by its own name, with its own lang', () => {
    const html = render('welcome', contextOn('welcome', 'en'));
    expect(html).toContain('>Start</button>');
    expect(html).toContain('lang="en" dir="ltr" class="button button--choice">English</button>');
    expect(html).toContain('lang="es" dir="ltr" class="button button--choice">Español</button>');
  });

  it('names each service button by the service name only, with the hint as its description', () => {
    const html = render('service', contextOn('service', 'en'));
    expect(html).toContain('aria-labelledby="service-report-problem-name"');
    expect(html).toContain(
      '<span id="service-report-problem-name" class="button__name">Report a problem</span>',
    );
    for (const { id } of setup.site.services) expect(html).toContain(`aria-describedby="service-${id}-hint"`);
  });

  it('asks about needs with "No, continue" as the primary answer', () => {
    const html = render('needs', {
      ...contextOn('needs', 'en'),
      needs: { interpreter: null, accessibility: [] },
    });
    expect(html).toContain('class="button button--primary">No, continue</button>');
    const es = render('needs', {
      ...contextOn('needs', 'es'),
      needs: { interpreter: null, accessibility: [] },
    });
    expect(es).toContain('>No, continuar</button>');
  });

  it('summarises the answers and offers "Get my ticket"', () => {
    const context = {
      ...contextOn('confirm', 'en'),
      serviceId: 'parking',
      needs: {
        interpreter: { mode: 'in-person' as const, language: 'en' },
        accessibility: ['seating' as const],
      },
    };
    const html = render('confirm', context);
    expect(html).toContain('<dd>Parking</dd>');
    expect(html).toContain('<dd>Interpreter in person</dd>');
    expect(html).toContain('<dd>A place to sit while I wait</dd>');
    expect(html).toContain('>Get my ticket</button>');
  });

  it('shows the exact ticket number and, when nothing printed, asks the visitor to remember it', () => {
    const base = contextOn('ticket', 'en');
    const result = ticketResultFor(
      { requestId: base.requestId ?? '', serviceId: 'permits', language: 'en', needs: base.needs },
      false,
    );
    const html = render('ticket', {
      ...base,
      result: { ...result, ticket: { ...result.ticket, number: 'K123' } },
    });
    expect(html).toContain('data-testid="ticket-number">K123</span>');
    expect(html).toContain('data-testid="remember-number"');
    expect(html).toContain('Please remember this number, or show this screen to staff.');
    expect(html).toContain('3 people are ahead of you.');
  });

  it('warns about the idle reset in an alert dialog with "I need more time"', () => {
    const html = renderToStaticMarkup(
      <KioskTextContext.Provider value={kioskText('es')}>
        <IdleWarning graceSeconds={30} onExtend={noop} />
      </KioskTextContext.Provider>,
    );
    expect(html).toContain('role="alertdialog"');
    expect(html).toContain('empezaremos de nuevo en 30 segundos');
    expect(html).toContain('>Necesito más tiempo</button>');
  });
});
