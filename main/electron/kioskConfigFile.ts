// Reads a kiosk PC's settings file (`--config=/etc/lobby311/kiosk.conf`: `role=kiosk`, `hub=http://…` lines) into
// the command-line switches parseShellArgs reads, so the kiosk's systemd unit passes one path. Switches given on
// the command line win over the file.
import { readFileSync } from 'node:fs';

/** The settings a config file may hold: the shell's own switch names. Enrolment codes stay one-time switches. */
export const configFileSettings = ['role', 'hub', 'printer', 'printer-model', 'scanner', 'data'] as const;

function isSetting(key: string): key is (typeof configFileSettings)[number] {
  return (configFileSettings as readonly string[]).includes(key);
}

/** `key=value` lines (blank lines and `#` comments skipped) → `--key=value`; throws naming the file and line. */
export function configFileArgs(text: string, source: string): string[] {
  const seen = new Set<string>();
  const args: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${source} line ${index + 1}`;
    const equals = line.indexOf('=');
    if (equals < 1) throw new Error(`${where}: expected "setting=value"`);
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (!isSetting(key)) {
      throw new Error(`${where}: unknown setting "${key}" (known: ${configFileSettings.join(', ')})`);
    }
    if (seen.has(key)) throw new Error(`${where}: "${key}" is set twice`);
    if (value === '') throw new Error(`${where}: "${key}" has no value`);
    seen.add(key);
    args.push(`--${key}=${value}`);
  });
  return args;
}

/** The path given with `--config=<path>` or `--config <path>`, and argv without it. */
function takeConfigPath(argv: string[]): { path: string | null; rest: string[] } {
  const rest: string[] = [];
  let path: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--config=')) path = arg.slice('--config='.length);
    else if (arg === '--config') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error('--config needs a file path');
      path = next;
      i += 1;
    } else rest.push(arg);
  }
  if (path === '') throw new Error('--config needs a file path');
  return { path, rest };
}

/**
 * argv with the config file's settings put in front (so later command-line switches override them) and
 * `--config` taken out; argv unchanged when there is no `--config`. Throws when the file cannot be read or is wrong.
 */
export function withConfigFile(
  argv: string[],
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): string[] {
  const { path, rest } = takeConfigPath(argv);
  if (path === null) return argv;
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    throw new Error(`--config "${path}": cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return [...configFileArgs(text, path), ...rest];
}
