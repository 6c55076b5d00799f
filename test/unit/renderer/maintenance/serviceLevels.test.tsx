// Service levels in maintenance: the figures read as minutes and shares, accessible tables with a total row,
// per-counter figures, the range form (today by default), the CSV link, and who sees the panel.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ServiceLevelReport, ServiceLevelRow } from '../../../../machines/contracts/serviceLevels.js';
import type { HubBridge } from '../../../../renderer/bridge/hubBridge.js';
import { sectionRoles } from '../../../../renderer/screens/maintenance/MaintenanceApp.js';
import { ServiceLevelsPanel } from '../../../../renderer/screens/maintenance/ServiceLevelsPanel.js';
import {
  CounterFiguresTable,
  ServiceLevelTable,
} from '../../../../renderer/screens/maintenance/ServiceLevelTables.js';
import {
  exportHref,
  formatMinutes,
  formatRate,
  groupLabel,
  isValidRange,
} from '../../../../renderer/screens/maintenance/serviceLevelFormat.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

const site = testSiteConfig();
const pendingBridge: HubBridge = {
  call: () => new Promise(() => {}),
  subscribe: () => ({ resync: () => {}, close: () => {} }),
  onAuthProblem: () => () => {},
};

function row(change: Partial<ServiceLevelRow>): ServiceLevelRow {
  return {
    serviceId: null,
    hour: null,
    language: null,
    visitors: 12,
    called: 10,
    waitP50Minutes: 7.25,
    waitP90Minutes: 21,
    walkMeanMinutes: 0.8,
    serviceMeanMinutes: 6.4,
    calledWithinTarget: 0.75,
    noShowRate: 0.1,
    leftBeforeService: { waiting: 1, called: 0, serving: 0, parked: 1 },
    firstContactResolution: 0.625,
    ...change,
  };
}

const report: ServiceLevelReport = {
  from: '2026-03-02',
  to: '2026-03-06',
  by: 'service',
  targetMinutes: 15,
  total: row({ visitors: 20 }),
  rows: [
    row({ serviceId: 'permits' }),
    row({ serviceId: 'parking', waitP50Minutes: null, noShowRate: null }),
  ],
  counters: [
    {
      counterId: site.counters[0]?.id ?? 'missing',
      signedInMinutes: 240.4,
      breakMinutes: 30,
      servingMinutes: 180,
      idleWhileWaitingMinutes: 12.6,
    },
  ],
};

describe('service level formatting', () => {
  it('writes minutes with one decimal, shares as percentages, and "No data" for nothing to measure', () => {
    expect(formatMinutes(7.25)).toBe('7.3');
    expect(formatMinutes(21)).toBe('21.0');
    expect(formatMinutes(null)).toBe('No data');
    expect(formatRate(0.625)).toBe('63%');
    expect(formatRate(null)).toBe('No data');
  });

  it('names groups by service name, hour span or language name', () => {
    const permits = site.services.find((s) => s.id === 'permits');
    expect(groupLabel(row({ serviceId: 'permits' }), 'service', site)).toBe(permits?.name);
    expect(groupLabel(row({ hour: 8 }), 'hour', site)).toBe('08:00–09:00');
    expect(groupLabel(row({ hour: 23 }), 'hour', site)).toBe('23:00–00:00');
    expect(groupLabel(row({ language: 'es' }), 'language', site)).toBe('Spanish');
  });

  it('accepts a range of at most 92 days, start first', () => {
    expect(isValidRange('2026-03-01', '2026-03-01')).toBe(true);
    expect(isValidRange('2026-01-01', '2026-04-03')).toBe(true);
    expect(isValidRange('2026-01-01', '2026-04-04')).toBe(false);
    expect(isValidRange('2026-03-02', '2026-03-01')).toBe(false);
    expect(isValidRange('', '2026-03-01')).toBe(false);
  });

  it('links the CSV export with the same query', () => {
    expect(exportHref({ from: '2026-03-02', to: '2026-03-06', by: 'hour' })).toBe(
      '/api/reports/service-levels/export?from=2026-03-02&to=2026-03-06&by=hour',
    );
  });
});

describe('service level tables', () => {
  it('has a caption, column and row headers, every figure, and the total in the footer', () => {
    const html = renderToStaticMarkup(<ServiceLevelTable report={report} site={site} />);
    expect(html).toContain('<caption>Service levels from 2026-03-02 to 2026-03-06, by service</caption>');
    expect(html).toContain('<th scope="col">Called within 15 min</th>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(11);
    expect(html).toContain(`<th scope="row">${site.services.find((s) => s.id === 'parking')?.name}</th>`);
    expect(html).toContain('<td>7.3</td><td>21.0</td><td>0.8</td><td>6.4</td><td>75%</td><td>10%</td>');
    expect(html).toContain('<td>1 waiting, 0 called, 0 serving, 1 parked</td><td>63%</td>');
    expect(html).toContain('<td>No data</td>');
    expect(html).toMatch(
      /<tfoot><tr data-testid="service-levels-total"><th scope="row">All visits<\/th><td>20<\/td>/,
    );
  });

  it('shows how each counter spent its time, in whole minutes', () => {
    const html = renderToStaticMarkup(<CounterFiguresTable report={report} site={site} />);
    expect(html).toContain(
      '<caption>How each counter’s signed-in time was spent from 2026-03-02 to 2026-03-06',
    );
    expect(html).toContain(
      `<th scope="row">${site.counters[0]?.name}</th><td>240</td><td>30</td><td>180</td><td>13</td>`,
    );
    const none = renderToStaticMarkup(
      <CounterFiguresTable report={{ ...report, counters: [] }} site={site} />,
    );
    expect(none).toContain('No counter was signed in during this period.');
  });
});

describe('service levels panel', () => {
  it('starts on today, grouped by service, and says it is loading', () => {
    const html = renderToStaticMarkup(
      <ServiceLevelsPanel bridge={pendingBridge} site={site} today="2026-03-09" />,
    );
    expect(html).toContain('<h2 id="levels-heading">Service levels</h2>');
    expect(html).toMatch(/id="levels-from"[^>]*value="2026-03-09"/);
    expect(html).toMatch(/id="levels-to"[^>]*value="2026-03-09"/);
    expect(html).toMatch(/<option value="service" selected="">Service<\/option>/);
    expect(html).toContain('<label for="levels-by" class="field__label">Group by</label>');
    expect(html).toMatch(/role="status">Loading the figures…/);
  });

  it('is for supervisors and administrators only', () => {
    expect(sectionRoles.serviceLevels).toEqual(['supervisor', 'administrator']);
    expect(sectionRoles.queueIntake).toEqual(['supervisor', 'administrator']);
  });
});
