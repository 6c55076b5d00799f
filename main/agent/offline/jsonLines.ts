// Reads one of the kiosk's JSON-lines logs: one record per line, each checked against its schema. An unreadable
// last line is a write cut short by a crash and is ignored; other unreadable lines are counted and skipped.
import type { z } from 'zod';

export function parseJsonLines<T>(
  text: string,
  schema: z.ZodType<T>,
  name: string,
  log: (line: string) => void,
): T[] {
  const lines = text.split('\n');
  const last = lines.length - 1;
  const records: T[] = [];
  let bad = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: z.ZodSafeParseResult<T>;
    try {
      parsed = schema.safeParse(JSON.parse(line));
    } catch {
      parsed = schema.safeParse(undefined);
    }
    if (parsed.success) records.push(parsed.data);
    else if (i === last)
      log(`${name}: ignored an incomplete last record (the agent stopped while writing it)`);
    else bad += 1;
  });
  if (bad > 0) log(`${name}: ignored ${bad} unreadable record(s)`);
  return records;
}
