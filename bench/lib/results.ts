// Results files: bench/results/<YYYY-MM-DD>.json holds the day's sections and the machine; a run merges into the
// day's file, and every figure is compared with the same section and key of the latest earlier file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchSection } from './benchSection.js';
import type { Machine } from './machine.js';

export interface ResultsFile {
  date: string;
  machine: Machine;
  sections: BenchSection[];
}

export interface FigureChange {
  section: string;
  key: string;
  before: number;
  after: number;
  /** after − before as a percentage of before (null when before is 0). */
  percent: number | null;
}

const dayFile = /^(\d{4}-\d{2}-\d{2})\.json$/;

function readResults(file: string): ResultsFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
}

/** The latest results file in `dir` dated before `day` (YYYY-MM-DD), or null. */
export function previousResults(dir: string, day: string): ResultsFile | null {
  if (!existsSync(dir)) return null;
  const earlier = readdirSync(dir)
    .map((name) => dayFile.exec(name)?.[1])
    .filter((d): d is string => d !== undefined && d < day)
    .sort();
  const last = earlier.at(-1);
  return last ? readResults(join(dir, `${last}.json`)) : null;
}

/**
 * Writes `sections` into `<dir>/<day>.json`, keeping sections of that day's file that this run did not
 * measure; returns the file's path.
 */
export function writeResults(dir: string, day: string, machine: Machine, sections: BenchSection[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${day}.json`);
  const fresh = new Set(sections.map((s) => s.name));
  const kept = existsSync(file) ? readResults(file).sections.filter((s) => !fresh.has(s.name)) : [];
  const results: ResultsFile = { date: new Date().toISOString(), machine, sections: [...kept, ...sections] };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

/** Every figure of `current` that `previous` also has (same section name and key), with its change. */
export function changesFrom(previous: ResultsFile, current: readonly BenchSection[]): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const section of current) {
    const before = previous.sections.find((s) => s.name === section.name);
    if (!before) continue;
    for (const [key, after] of Object.entries(section.figures)) {
      const old = before.figures[key];
      if (old === undefined) continue;
      const percent = old === 0 ? null : Math.round(((after - old) / Math.abs(old)) * 1000) / 10;
      changes.push({ section: section.name, key, before: old, after, percent });
    }
  }
  return changes;
}
