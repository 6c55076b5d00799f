// The screen and printer benchmarks still work: their smoke versions run against one real lobby (hub, kiosk
// agent, virtual TCP printer) in Chromium and return sane figures; nothing is written to bench/results.
import { expect, test } from '@playwright/test';
import type { BenchSection } from '../../bench/lib/benchSection.js';
import { measureScreens } from '../../bench/screens.js';
import { measureTapToPrinter } from '../../bench/tapToPrinter.js';
import { lobbyForTheseTests } from './support/lobby.js';

const lobby = lobbyForTheseTests();

function figure(section: BenchSection, key: string): number {
  const value = section.figures[key];
  if (value === undefined) throw new Error(`${section.name} has no figure ${key}`);
  return value;
}

test('the tap-to-printer and screens benchmarks run and give sane figures', async ({ browser }) => {
  // Tap to printer first: it spends the kiosk's ticket budget from full, the soak copes with what is left.
  const tap = await measureTapToPrinter({ smoke: true }, lobby);
  expect(tap.name).toBe('tapToPrinter');
  expect(tap.runs).toBe(3);
  for (const language of ['en', 'es', 'vi']) {
    expect(figure(tap, `${language}.p50Ms`)).toBeGreaterThan(0);
    expect(figure(tap, `${language}.p50Ms`)).toBeLessThan(15_000);
  }

  const screens = await measureScreens({ smoke: true }, lobby, browser);
  expect(screens.name).toBe('screens');
  for (const screen of ['kiosk', 'desk', 'display', 'maintenance']) {
    expect(figure(screens, `bundle.${screen}.jsGzipKiB`)).toBeGreaterThan(10);
    expect(figure(screens, `bundle.${screen}.jsGzipKiB`)).toBeLessThan(2048);
    expect(figure(screens, `bundle.${screen}.cssGzipKiB`)).toBeGreaterThan(0);
    expect(figure(screens, `tti.${screen}.p50Ms`)).toBeGreaterThan(0);
    expect(figure(screens, `tti.${screen}.p50Ms`)).toBeLessThan(30_000);
  }
  expect(figure(screens, 'callShown.p50Ms')).toBeGreaterThan(0);
  expect(figure(screens, 'callShown.p95Ms')).toBeLessThan(10_000);
  expect(figure(screens, 'kioskSoak.flows')).toBe(6);
  expect(figure(screens, 'kioskSoak.tickets')).toBeGreaterThan(0);
  expect(figure(screens, 'kioskSoak.tickets') + figure(screens, 'kioskSoak.refusedByRateLimit')).toBe(6);
  expect(figure(screens, 'kioskSoak.endHeapMiB')).toBeGreaterThan(1);
  expect(figure(screens, 'kioskSoak.endDomNodes')).toBeGreaterThan(10);
  expect(figure(screens, 'kioskSoak.endListeners')).toBeGreaterThan(0);
});
