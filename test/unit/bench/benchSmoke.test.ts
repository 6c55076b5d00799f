// Every benchmark runs tiny (run({ smoke: true })) and returns a sane section; the results file is written to,
// read from and compared within a temporary folder, never bench/results.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchSection } from '../../../bench/lib/benchSection.js';
import { machineInfo } from '../../../bench/lib/machine.js';
import { formatChanges, formatTable } from '../../../bench/lib/report.js';
import { changesFrom, previousResults, writeResults } from '../../../bench/lib/results.js';
import { availableBenchmarks, loadBenchmark } from '../../../bench/run.js';

/** Benchmarks that need the built screens and Chromium (benchscreens' modules) run in the browser suite. */
const browserBenchmarks = new Set(['screens', 'tapToPrinter']);

function expectSane(section: BenchSection, name: string): void {
  expect(section.name).toBe(name);
  expect(section.measured.length).toBeGreaterThan(10);
  expect(section.runs).toBeGreaterThan(0);
  const figures = Object.entries(section.figures);
  expect(figures.length).toBeGreaterThan(0);
  for (const [key, value] of figures) {
    expect(Number.isFinite(value), `${name}.${key} = ${value}`).toBe(true);
  }
  if (section.target) expect(section.target.text.length).toBeGreaterThan(0);
}

describe('every benchmark, smoke-sized', () => {
  const names = availableBenchmarks().filter((name) => !browserBenchmarks.has(name));

  it('finds the hub-side benchmarks', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'printing',
        'caseRequests',
        'ticketThroughput',
        'callToDisplay',
        'staffLoad',
        'storageGrowth',
        'soak',
      ]),
    );
  });

  // Concurrent: most of each run waits on child processes, sockets and disks.
  it.concurrent.each(names)(
    '%s returns a section with finite figures',
    async (name) => {
      const section = await (await loadBenchmark(name)).run({ smoke: true });
      expectSane(section, name);
    },
    60_000,
  );
});

describe('results files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lobby311-bench-results-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const section = (name: string, figures: Record<string, number>): BenchSection => ({
    name,
    measured: `${name} measured in a test`,
    runs: 1,
    figures,
    target: null,
  });

  it('writes a day file with the machine, merges a later run of the same day, and compares with an earlier day', () => {
    const machine = machineInfo();
    expect(machine.cores).toBeGreaterThan(0);
    writeResults(dir, '2026-01-01', machine, [section('a', { x: 10, y: 0 })]);
    writeResults(dir, '2026-01-02', machine, [section('a', { x: 12 })]);
    const file = writeResults(dir, '2026-01-02', machine, [section('b', { z: 1 })]);
    const merged = JSON.parse(readFileSync(file, 'utf8')) as { sections: BenchSection[] };
    expect(merged.sections.map((s) => s.name).sort()).toEqual(['a', 'b']);

    writeFileSync(join(dir, 'printing-2025-12-31.json'), '{}');
    const previous = previousResults(dir, '2026-01-02');
    expect(previous?.sections[0]?.figures).toEqual({ x: 10, y: 0 });
    const changes = changesFrom(previous!, [section('a', { x: 12, y: 3, new: 1 })]);
    expect(changes).toEqual([
      { section: 'a', key: 'x', before: 10, after: 12, percent: 20 },
      { section: 'a', key: 'y', before: 0, after: 3, percent: null },
    ]);
    expect(formatChanges(changes, '2026-01-01')).toContain('a.x: 10 → 12 (+20 %)');
    expect(previousResults(dir, '2026-01-01')).toBeNull();
  });

  it('prints one row per section with its verdict', () => {
    const table = formatTable([
      { ...section('fast', { p99Ms: 3 }), target: { text: 'p99 < 5 ms', met: true } },
      { ...section('slow', { p99Ms: 9 }), target: { text: 'p99 < 5 ms', met: false } },
    ]);
    expect(table).toMatch(/fast\s+1\s+met/);
    expect(table).toMatch(/slow\s+1\s+MISSED/);
    expect(table).toContain('p99Ms 9');
  });
});
