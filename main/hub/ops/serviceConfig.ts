// Reads the hub's service configuration file (`name = value` lines); every mistake names the file and line.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What the file may set; paths are resolved against the file's folder. */
export interface ServiceFileSettings {
  port?: number;
  host?: string;
  dataDir?: string;
  configFile?: string;
  tlsCert?: string;
  tlsKey?: string;
  caseStore?: string;
  updatesDir?: string;
  backupDir?: string;
  backupTime?: string;
  backupKeep?: number;
  logFile?: string;
}

export type SettingName = keyof ServiceFileSettings;

export interface ServiceFile {
  file: string;
  settings: ServiceFileSettings;
  /** The line each setting came from, so later checks (TLS, case store) can point at it. */
  lines: Partial<Record<SettingName, number>>;
}

export class ServiceConfigError extends Error {
  override name = 'ServiceConfigError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

type Reader = (value: string, baseDir: string) => string | number;

const text: Reader = (value) => value;
const path: Reader = (value, baseDir) => resolve(baseDir, value);
const whole =
  (name: string, min: number, max: number): Reader =>
  (value) => {
    const n = Number(value);
    if (!/^\d{1,6}$/.test(value) || n < min || n > max) {
      throw new Error(`${name} must be ${min}-${max}, got ${value}`);
    }
    return n;
  };
const clockTime: Reader = (value) => {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) {
    throw new Error(`backup-time must be a 24-hour time HH:MM such as 02:30, got ${value}`);
  }
  return value;
};

/** File key → setting and how its value is read. */
const keys: Record<string, { setting: SettingName; read: Reader }> = {
  port: { setting: 'port', read: whole('port', 0, 65535) },
  host: { setting: 'host', read: text },
  data: { setting: 'dataDir', read: path },
  'site-config': { setting: 'configFile', read: path },
  'tls-cert': { setting: 'tlsCert', read: path },
  'tls-key': { setting: 'tlsKey', read: path },
  'case-store': { setting: 'caseStore', read: text },
  'updates-dir': { setting: 'updatesDir', read: path },
  'backup-dir': { setting: 'backupDir', read: path },
  'backup-time': { setting: 'backupTime', read: clockTime },
  'backup-keep': { setting: 'backupKeep', read: whole('backup-keep', 1, 366) },
  'log-file': { setting: 'logFile', read: path },
};

/** The file key of a setting, for messages that point back at the file. */
export const keyOf = (setting: SettingName): string =>
  Object.entries(keys).find(([, entry]) => entry.setting === setting)![0];

/** Parses the text of `file`; throws ServiceConfigError listing every problem with its line. */
export function parseServiceConfig(file: string, content: string): ServiceFile {
  const settings: Record<string, string | number> = {};
  const lines: Partial<Record<SettingName, number>> = {};
  const problems: string[] = [];
  const firstLine = new Map<string, number>();
  /** Reads one line into `settings`; returns what is wrong with it, if anything. */
  const readLine = (trimmed: string, line: number): string | undefined => {
    if (trimmed === '' || trimmed.startsWith('#')) return undefined;
    const equals = trimmed.indexOf('=');
    if (equals < 0) return `expected "name = value", got "${trimmed}"`;
    const key = trimmed.slice(0, equals).trim();
    const value = trimmed.slice(equals + 1).trim();
    const entry = keys[key];
    if (!entry) return `unknown setting "${key}" (known: ${Object.keys(keys).join(', ')})`;
    const seen = firstLine.get(key);
    if (seen !== undefined) return `${key} is set twice (first on line ${seen})`;
    firstLine.set(key, line);
    if (value === '') return `${key} needs a value (delete the line to use the default)`;
    try {
      settings[entry.setting] = entry.read(value, dirname(file));
      lines[entry.setting] = line;
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };
  for (const [index, raw] of content.split(/\r?\n/).entries()) {
    const problem = readLine(raw.trim(), index + 1);
    if (problem) problems.push(`${file} line ${index + 1}: ${problem}`);
  }
  if (problems.length > 0) throw new ServiceConfigError(problems);
  return { file, settings: settings as ServiceFileSettings, lines };
}

/** Reads and parses `file` (an absolute path). */
export function readServiceConfig(file: string): ServiceFile {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ServiceConfigError([`${file}: cannot read the file (${code})`]);
  }
  return parseServiceConfig(file, content);
}
