// Reads and validates a site configuration file; a bad file gives one line naming the file and the fault.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { SiteConfig } from '../../machines/contracts/index.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
  /** Every fault on its own line with the file's line number where it can be found (for --check-config). */
  readonly problems: readonly string[];
  constructor(message: string, problems?: readonly string[]) {
    super(message);
    this.problems = problems ?? [message];
  }
}

const lineOfOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line of the value at `path` in the JSON `text` (JSON is YAML), or of its nearest existing parent. */
function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

export function loadSiteConfig(file: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`config ${file}: cannot read the file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /at position (\d+)/.exec(message)?.[1];
    const where = offset === undefined ? '' : ` line ${lineOfOffset(text, Number(offset))}`;
    throw new ConfigError(`config ${file}: not valid JSON (${message})`, [
      `${file}${where}: not valid JSON (${message})`,
    ]);
  }
  const parsed = SiteConfig.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
    const lines = parsed.error.issues.map((issue, k) => {
      const line = lineOfPath(text, issue.path);
      return `${file}${line === undefined ? '' : ` line ${line}`}: ${issues[k]}`;
    });
    throw new ConfigError(`config ${file}: ${issues.slice(0, 5).join('; ')}${more}`, lines);
  }
  return parsed.data;
}
