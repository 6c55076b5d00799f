// Reading what the service logger wrote to its folder: the log files, their lines parsed as JSON, and a bounded
// wait for files to appear, woken by the folder's change events (no fixed sleep).
import { readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';

export const logFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.log'))
    .sort();

/** Every line of every log file in `dir`, parsed (a line that is not JSON fails the test here). */
export function logLines(dir: string): Record<string, unknown>[] {
  return logFiles(dir).flatMap((name) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  );
}

/** Resolves with the log files once there are `count` of them; gives up after `maxEvents` folder events. */
export async function waitForLogFiles(dir: string, count: number, maxEvents = 500): Promise<string[]> {
  const watcher = watch(dir);
  let events = 0;
  let wake: (() => void) | null = null;
  watcher.on('change', () => {
    events += 1;
    wake?.();
  });
  try {
    let seen = 0;
    while (seen <= maxEvents) {
      const files = logFiles(dir);
      if (files.length >= count) return files;
      // Checked and armed in one synchronous step: an event cannot slip between them.
      if (events === seen) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      seen = events;
    }
    throw new Error(`fewer than ${count} log files in ${dir} after ${maxEvents} events: ${logFiles(dir)}`);
  } finally {
    watcher.close();
  }
}
