// Prints benchmark sections as one table (what was measured, runs, key figures, target met?) and the change
// of every figure from the previous results file.
import { parseArgs } from 'node:util';
import type { BenchOptions, BenchSection } from './benchSection.js';
import type { FigureChange } from './results.js';

const pad = (text: string, width: number) => text.padEnd(width);

function verdict(section: BenchSection): string {
  if (!section.target) return '—';
  return section.target.met ? 'met' : 'MISSED';
}

/** One row per section, then its figures (indented), then its target in words. */
export function formatTable(sections: readonly BenchSection[]): string {
  const nameWidth = Math.max(9, ...sections.map((s) => s.name.length));
  const lines = [`${pad('benchmark', nameWidth)}  ${pad('runs', 7)}  target  measured`];
  for (const section of sections) {
    lines.push(
      `${pad(section.name, nameWidth)}  ${pad(String(section.runs), 7)}  ${pad(verdict(section), 6)}  ${section.measured}`,
    );
    const figures = Object.entries(section.figures).map(([key, value]) => `${key} ${value}`);
    for (let i = 0; i < figures.length; i += 4) {
      lines.push(`${' '.repeat(nameWidth + 2)}  ${figures.slice(i, i + 4).join(' · ')}`);
    }
    if (section.target) lines.push(`${' '.repeat(nameWidth + 2)}  target: ${section.target.text}`);
  }
  return lines.join('\n');
}

/** "section.key: before → after (+x %)" for every figure with an earlier value. */
export function formatChanges(changes: readonly FigureChange[], since: string): string {
  if (changes.length === 0) return `no figures in common with ${since}`;
  const lines = [`change from ${since}:`];
  for (const c of changes) {
    const percent = c.percent === null ? 'n/a' : `${c.percent >= 0 ? '+' : ''}${c.percent} %`;
    lines.push(`  ${c.section}.${c.key}: ${c.before} → ${c.after} (${percent})`);
  }
  return lines.join('\n');
}

/** `--set` pairs ("soak.days=14") as settings. */
export function parseSettings(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--set ${pair}: write it as <section>.<setting>=<value>`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/**
 * Runs `run` when its module is the program itself (`npx tsx bench/x.ts [--smoke] [--set x.y=1]`) and prints
 * the section (nothing is written: bench/run.ts keeps results).
 */
export async function runIfMain(
  meta: ImportMeta,
  run: (options: BenchOptions) => Promise<BenchSection>,
): Promise<void> {
  if (process.argv[1] !== meta.filename) return;
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true, default: [] },
    },
  });
  const section = await run({ smoke: values.smoke, settings: parseSettings(values.set) });
  console.log(formatTable([section]));
  console.log(JSON.stringify(section.detail ?? null, null, 2));
}
