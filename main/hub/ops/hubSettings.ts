// The hub's effective settings: command-line options over the service config file over the defaults.
import { resolve } from 'node:path';
import { defaultSiteConfig } from '../../paths.js';
import {
  keyOf,
  readServiceConfig,
  ServiceConfigError,
  type ServiceFile,
  type ServiceFileSettings,
  type SettingName,
} from './serviceConfig.js';

/** The serving options the command line can give (each overrides the file). */
export type CommandLineSettings = Pick<
  ServiceFileSettings,
  'port' | 'host' | 'dataDir' | 'configFile' | 'tlsCert' | 'tlsKey' | 'caseStore' | 'updatesDir'
>;

export interface BackupSettings {
  dir: string;
  /** Site-local "HH:MM" of the daily backup. */
  time: string;
  /** How many daily backups to keep. */
  keep: number;
}

export interface HubSettings {
  port: number;
  host: string;
  dataDir: string;
  configFile: string;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  caseStore: string;
  /** App update files served to kiosks (undefined: none). */
  updatesDir: string | undefined;
  /** Daily backups, or null when the file sets no backup-dir. */
  backup: BackupSettings | null;
  /** Where the hub's log goes (undefined: standard output, i.e. the journal under systemd). */
  logFile: string | undefined;
  /** The service config file read, if any. */
  source: ServiceFile | null;
}

export const defaultBackupTime = '02:00';
export const defaultBackupKeep = 14;

/** Merges `given` over the file at `serviceConfig` (if any) over the defaults; throws ServiceConfigError. */
export function resolveHubSettings(given: CommandLineSettings, serviceConfig?: string): HubSettings {
  const source = serviceConfig === undefined ? null : readServiceConfig(resolve(serviceConfig));
  const file = source?.settings ?? {};
  if (file.backupDir === undefined) {
    const orphan = (['backupTime', 'backupKeep'] as const).find((name) => file[name] !== undefined);
    if (orphan && source) {
      throw new ServiceConfigError([
        `${locate(source, orphan)}${keyOf(orphan)} is set but backup-dir is not: add backup-dir or delete the line`,
      ]);
    }
  }
  const merged = { ...file, ...definedOnly(given) };
  return {
    port: merged.port ?? 8311,
    host: merged.host ?? '127.0.0.1',
    dataDir: merged.dataDir ?? resolve('data/hub'),
    configFile: merged.configFile ?? defaultSiteConfig,
    tlsCert: merged.tlsCert,
    tlsKey: merged.tlsKey,
    caseStore: merged.caseStore ?? 'none',
    updatesDir: merged.updatesDir,
    backup:
      file.backupDir === undefined
        ? null
        : {
            dir: file.backupDir,
            time: file.backupTime ?? defaultBackupTime,
            keep: file.backupKeep ?? defaultBackupKeep,
          },
    logFile: file.logFile,
    source,
  };
}

/** "<file> line <n>: " when `setting` came from the service config file, "" otherwise. */
export function locate(source: ServiceFile | null, setting: SettingName): string {
  const line = source?.lines[setting];
  return source && line !== undefined ? `${source.file} line ${line}: ` : '';
}

/** `settings.source` line prefix for a setting, unless the command line overrode it. */
export const origin = (settings: HubSettings, given: CommandLineSettings, setting: SettingName): string =>
  given[setting as keyof CommandLineSettings] !== undefined ? '' : locate(settings.source, setting);

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
