// Runs the benchmarks (all, or those named), prints one table, writes bench/results/<YYYY-MM-DD>.json with the
// machine, and prints the change of every figure from the previous results file.
//   node --expose-gc --import tsx bench/run.ts [name …] [--smoke] [--out dir] [--set soak.days=14]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchOptions, BenchSection } from './lib/benchSection.js';
import { machineInfo } from './lib/machine.js';
import { formatChanges, formatTable, parseSettings } from './lib/report.js';
import { changesFrom, previousResults, writeResults } from './lib/results.js';

type BenchModule = { run(options: BenchOptions): Promise<BenchSection> };

/** Every benchmark, in the order a full run takes them (cheap first, the soak last). */
export const benchmarks = [
  'printing',
  'caseRequests',
  'ticketThroughput',
  'callToDisplay',
  'staffLoad',
  'storageGrowth',
  'screens',
  'tapToPrinter',
  'soak',
] as const;

/** The benchmarks whose module exists in this checkout (screens and tapToPrinter come from another change). */
export function availableBenchmarks(): string[] {
  return benchmarks.filter((name) => existsSync(join(import.meta.dirname, `${name}.ts`)));
}

export async function loadBenchmark(name: string): Promise<BenchModule> {
  // A path built at run time (bundlers cannot follow it; tsx and Vitest load the .ts file as it is).
  return (await import(pathToFileURL(join(import.meta.dirname, `${name}.ts`)).href)) as BenchModule;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      smoke: { type: 'boolean', default: false },
      out: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
    },
  });
  const available = availableBenchmarks();
  const unknown = positionals.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new Error(`no benchmark named ${unknown.join(', ')}; there are: ${available.join(', ')}`);
  }
  const names = positionals.length > 0 ? positionals : available;
  const options: BenchOptions = { smoke: values.smoke, settings: parseSettings(values.set) };
  if (!global.gc) console.log('note: run with node --expose-gc for settled memory figures');
  // A smoke run proves the programs work; its tiny figures are kept only when asked (--out).
  const save = !options.smoke || values.out !== undefined;
  const dir = values.out ?? join(import.meta.dirname, 'results');
  const day = new Date().toISOString().slice(0, 10);
  const machine = machineInfo();
  const sections: BenchSection[] = [];
  const failed: string[] = [];
  for (const name of names) {
    const started = performance.now();
    console.log(`running ${name}${options.smoke ? ' (smoke)' : ''}…`);
    try {
      sections.push(await (await loadBenchmark(name)).run(options));
      // Saved after each benchmark, so that a later failure loses nothing measured.
      if (save) writeResults(dir, day, machine, sections);
      console.log(`  done in ${Math.round((performance.now() - started) / 1000)} s`);
    } catch (error) {
      failed.push(name);
      console.error(`  ${name} failed:`, error);
    }
  }
  console.log(`\n${formatTable(sections)}\n`);
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, ${machine.os}, Node ${machine.node}`,
  );
  if (save) {
    const previous = previousResults(dir, day);
    if (previous) console.log(formatChanges(changesFrom(previous, sections), previous.date.slice(0, 10)));
    console.log(`wrote ${join(dir, `${day}.json`)}`);
  }
  if (failed.length > 0) {
    console.error(`failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === import.meta.filename) {
  // Ctrl-C or a kill: exit through 'exit', which stops the hub and printer processes a benchmark started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  await main();
}
