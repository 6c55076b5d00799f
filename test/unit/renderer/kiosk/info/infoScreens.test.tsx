// Find information on screen: a topic as the kiosk shows it (with a visible English fallback), the topic list
// and search results in the visitor's language, the purpose button, and Talk to someone only with a desk.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type InfoFlowContext, initialInfoContext } from '../../../../../machines/infoFlow.js';
import { BrowseScreen } from '../../../../../renderer/screens/kiosk/info/BrowseScreen.js';
import { PrintFailedScreen } from '../../../../../renderer/screens/kiosk/info/InfoStatusScreens.js';
import { TopicDetails } from '../../../../../renderer/screens/kiosk/info/TopicDetails.js';
import { TopicScreen } from '../../../../../renderer/screens/kiosk/info/TopicScreen.js';
import { KioskTextContext, kioskText } from '../../../../../renderer/screens/kiosk/kioskText.js';
import { PurposeScreen } from '../../../../../renderer/screens/kiosk/PurposeScreen.js';
import { testContent } from '../../../machines/infoFlow/fixtures.js';
import { portlandSetup } from '../../../machines/kioskFlow/fixtures.js';

const site = portlandSetup().site;
const content = testContent();
const noop = () => {};

const topic = (id: string) => {
  const found = content.topics.find((t) => t.id === id);
  if (!found) throw new Error(`no topic ${id}`);
  return found;
};

function inLanguage(lang: string, node: React.ReactNode): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(lang)}>{node}</KioskTextContext.Provider>,
  );
}

function browse(lang: string, query: string): string {
  const context: InfoFlowContext = {
    ...initialInfoContext({ language: lang, site, newRequestId: () => 'id', now: () => new Date(0) }),
    content,
    query,
  };
  return inLanguage(lang, <BrowseScreen context={context} send={noop} />);
}

describe('TopicDetails', () => {
  it('shows what, where, hours, phone and web address in the language, with no buttons', () => {
    const html = renderToStaticMarkup(
      <TopicDetails topic={topic('water-bill')} groups={content.groups} language="es" />,
    );
    expect(html).toContain('>Pagar la factura del agua</h1>');
    expect(html).toContain('Adónde ir');
    expect(html).toContain('Atención al cliente del agua');
    expect(html).toContain('1120 SW 5th Ave');
    expect(html).toContain('503-823-7770');
    expect(html).toContain('www.portland.gov/water');
    expect(html).toMatch(/lun.*17:00/);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('data-testid="topic-in-english"');
  });

  it('marks an English fallback with lang="en" and says so visibly; a preview can use a level-2 heading', () => {
    const html = renderToStaticMarkup(
      <TopicDetails topic={topic('food-help')} groups={content.groups} language="ru" headingLevel={2} />,
    );
    expect(html).toMatch(/<h2[^>]*lang="en"[^>]*>Food and shelter: call 211<\/h2>/);
    expect(html).toContain('data-testid="topic-in-english"');
    expect(html).toContain('(на английском: эта тема ещё не переведена)');
    expect(html).toContain('>Социальные службы</p>');
  });
});

describe('Find information screens', () => {
  it('offers "Find information" beside the other purposes, in the visitor language', () => {
    const html = inLanguage('es', <PurposeScreen send={noop} />);
    expect(html).toContain('data-testid="purpose-information"');
    expect(html).toContain('>Buscar información</span>');
    expect(html).toContain('data-testid="purpose-ticket"');
  });

  it('lists the groups in order with their topics, and a search box', () => {
    const html = browse('es', '');
    expect(html).toContain('<label for="info-search"');
    expect(html.indexOf('Servicios de la Ciudad')).toBeLessThan(html.indexOf('Servicios comunitarios'));
    expect(html).toContain('data-testid="info-topic-transit-pass"');
    expect(html).toMatch(/lang="en"[^>]*>Food and shelter: call 211/);
  });

  it('shows search results in Russian, and what to try when nothing matches', () => {
    const found = browse('ru', 'счет');
    expect(found).toContain('Найдена 1 тема');
    expect(found).toContain('data-testid="info-topic-water-bill"');
    expect(found).not.toContain('data-testid="info-topic-transit-pass"');
    const none = browse('en', 'passport');
    expect(none).toContain('Nothing matches “passport”');
    expect(none).not.toContain('data-testid="info-topic-');
  });

  it('offers Print this, Talk to someone and Done on a topic; no Talk to someone without a desk', () => {
    const html = inLanguage(
      'en',
      <TopicScreen topic={topic('food-help')} groups={content.groups} site={site} send={noop} />,
    );
    expect(html).toContain('data-testid="info-print"');
    expect(html).toContain('>Talk to someone</span>');
    expect(html).toContain('data-testid="info-done"');
    expect(html).toContain('Back to topics');
    const noDesk = { ...site, information: { deskServiceId: null } };
    const without = inLanguage(
      'en',
      <TopicScreen topic={topic('food-help')} groups={content.groups} site={noDesk} send={noop} />,
    );
    expect(without).not.toContain('data-testid="info-talk"');
  });

  it('says what to do when the slip did not print, and shows the topic again for a photo', () => {
    const html = inLanguage(
      'es',
      <PrintFailedScreen
        topic={topic('water-bill')}
        groups={content.groups}
        site={site}
        failure="no-printer"
        send={noop}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Este quiosco no puede imprimir ahora.');
    expect(html).toContain('tomar una foto de esta pantalla');
    expect(html).toContain('503-823-7770');
    expect(html).not.toContain('Intentar imprimir de nuevo');
  });
});
