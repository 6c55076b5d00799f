// The information visits panel: dates default to the last 7 site-local days; the figures as two tables of
// numbers (per language with a total, per topic and language).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { InfoContent, InfoVisitReport } from '../../../../../machines/contracts/info.js';
import type { HubBridge } from '../../../../../renderer/bridge/hubBridge.js';
import { InfoReportPanel } from '../../../../../renderer/screens/maintenance/infoReport/InfoReportPanel.js';
import { InfoReportTables } from '../../../../../renderer/screens/maintenance/infoReport/InfoReportTables.js';

const noop = () => {};
const unusedBridge: HubBridge = {
  call: () => new Promise(() => {}),
  subscribe: () => ({ resync: noop, close: noop }),
  onAuthProblem: () => noop,
};

describe('information visits panel', () => {
  it('asks for dates, the last 7 days on the site calendar by default', () => {
    const html = renderToStaticMarkup(
      <InfoReportPanel
        bridge={unusedBridge}
        timeZone="America/Los_Angeles"
        now={new Date('2026-12-01T05:30:00.000Z')}
      />,
    );
    expect(html).toContain('<h2 id="info-report-heading">Information visits</h2>');
    expect(html).toMatch(/id="info-report-from"[^>]*value="2026-11-24"/);
    expect(html).toMatch(/id="info-report-to"[^>]*value="2026-11-30"/);
    expect(html).toContain('Loading figures…');
  });

  it('shows per-language figures with a total, and topic rows titled in English', () => {
    const report: InfoVisitReport = {
      from: '2026-11-24',
      to: '2026-11-30',
      visits: 5,
      byLanguage: [
        { language: 'en', visits: 2, printed: 1, tickets: 0 },
        { language: 'es', visits: 3, printed: 1, tickets: 2 },
      ],
      byTopic: [{ topicId: 'food-help', language: 'es', views: 3, printed: 1, tickets: 2 }],
    };
    // Only topic ids and English titles matter to the tables.
    const content = {
      topics: [{ id: 'food-help', texts: { en: { title: 'Food assistance' } } }],
    } as unknown as Pick<InfoContent, 'topics'>;
    const html = renderToStaticMarkup(<InfoReportTables report={report} content={content} />);
    expect(html).toContain('<caption>Information visits by language, 2026-11-24 to 2026-11-30</caption>');
    expect(html).toContain(
      '<tr data-testid="info-language-es"><th scope="row">Spanish</th><td>3</td><td>1</td><td>2</td></tr>',
    );
    expect(html).toContain(
      '<tr data-testid="info-report-total"><th scope="row">All languages</th><td>5</td><td>2</td><td>2</td></tr>',
    );
    expect(html).toContain(
      '<tr data-testid="info-topic-food-help-es"><th scope="row" lang="en">Food assistance</th><td>Spanish</td><td>3</td><td>1</td><td>2</td></tr>',
    );
  });
});
