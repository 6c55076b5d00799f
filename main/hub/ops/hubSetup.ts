// Everything the hub needs before serving — settings, site config, TLS pair, case store — loaded for serving
// (first problem stops) or checked for --check-config (every problem, one line each, with file and line).
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteConfig } from '../../../machines/contracts/index.js';
import { type CaseStoreConnection, CaseStoreUriError, parseCaseStoreUri } from '../cases/caseStoreUri.js';
import type { HubCliOptions } from '../cliArgs.js';
import { ConfigError, loadSiteConfig } from '../loadConfig.js';
import { loadTlsFiles, TlsFileError, type TlsFiles } from '../security/tlsFiles.js';
import { checkSchemaOf, DatabaseFileError } from './hubDatabaseFile.js';
import { type HubSettings, origin, resolveHubSettings } from './hubSettings.js';
import { ServiceConfigError, type SettingName } from './serviceConfig.js';

export interface HubSetup {
  settings: HubSettings;
  config: SiteConfig;
  tls: TlsFiles | undefined;
  caseStore: CaseStoreConnection | null;
}

/** The errors that are configuration mistakes (exit 2), as opposed to failures while running. */
export const isSetupError = (error: unknown): error is Error =>
  error instanceof ServiceConfigError ||
  error instanceof ConfigError ||
  error instanceof TlsFileError ||
  error instanceof CaseStoreUriError ||
  error instanceof DatabaseFileError;

/** Prefixes `error` with "<file> line <n>: " when the failing setting came from the service config file. */
function located(settings: HubSettings, cli: HubCliOptions, setting: SettingName, error: unknown): unknown {
  if (error instanceof Error) error.message = `${origin(settings, cli.given, setting)}${error.message}`;
  return error;
}

function tlsOf(settings: HubSettings, cli: HubCliOptions): TlsFiles | undefined {
  try {
    return loadTlsFiles(settings.tlsCert, settings.tlsKey);
  } catch (error) {
    throw located(settings, cli, settings.tlsCert === undefined ? 'tlsKey' : 'tlsCert', error);
  }
}

function caseStoreOf(
  settings: HubSettings,
  cli: HubCliOptions,
  env: NodeJS.ProcessEnv,
  config: SiteConfig,
): CaseStoreConnection | null {
  try {
    return parseCaseStoreUri(settings.caseStore, env, config.caseRequests);
  } catch (error) {
    throw located(settings, cli, 'caseStore', error);
  }
}

/** Refuses a database made by a newer hub (the migrations would refuse it too, less plainly). */
function checkDatabase(settings: HubSettings): void {
  const database = join(settings.dataDir, 'hub.sqlite');
  if (existsSync(database)) checkSchemaOf(database);
}

/** Loads what `serve` needs; throws the first setup error (see isSetupError). */
export function loadHubSetup(cli: HubCliOptions, env: NodeJS.ProcessEnv): HubSetup {
  const settings = resolveHubSettings(cli.given, cli.serviceConfig);
  const config = loadSiteConfig(settings.configFile);
  const tls = tlsOf(settings, cli);
  const caseStore = caseStoreOf(settings, cli, env, config);
  checkDatabase(settings);
  return { settings, config, tls, caseStore };
}

/** A problem when neither `path` nor its nearest existing parent folder can be written by this user. */
function unwritable(what: string, path: string): string | null {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
    return null;
  } catch {
    return `${what} ${path}: ${existing} is not writable by this user`;
  }
}

/** Every problem `--check-config` finds (empty: configuration OK); never starts or changes anything. */
export function checkHubSetup(cli: HubCliOptions, env: NodeJS.ProcessEnv): string[] {
  let settings: HubSettings;
  try {
    settings = resolveHubSettings(cli.given, cli.serviceConfig);
  } catch (error) {
    if (error instanceof ServiceConfigError) return [...error.problems];
    throw error;
  }
  const problems: string[] = [];
  const attempt = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ConfigError) problems.push(...error.problems);
      else if (isSetupError(error)) problems.push(error.message);
      else throw error;
    }
  };
  let config: SiteConfig | undefined;
  attempt(() => {
    config = loadSiteConfig(settings.configFile);
  });
  attempt(() => tlsOf(settings, cli));
  if (config) attempt(() => caseStoreOf(settings, cli, env, config!));
  attempt(() => checkDatabase(settings));
  const folders = [
    unwritable('data', settings.dataDir),
    settings.backup && unwritable('backup-dir', settings.backup.dir),
    settings.logFile && unwritable('log-file', settings.logFile),
  ];
  for (const problem of folders) if (problem) problems.push(problem);
  return problems;
}
