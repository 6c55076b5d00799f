// Starts the real hub as a child process (node --import tsx main/hub/cli.ts) and resolves once it listens.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../main/paths.js';

export interface HubProcessOptions {
  /** Data folder (default: a new temporary folder). Reuse one to restart a hub on the same database. */
  dataDir?: string;
  /** Port (default 0: a free port chosen by the system). */
  port?: number;
  /** Site configuration file (default: the hub's default). */
  config?: string;
  /** Extra environment for the hub process, e.g. { TZ: 'UTC' }. */
  env?: Record<string, string>;
}

export interface HubProcess {
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** Sends `signal` (default SIGKILL) and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /**
   * Asks the hub to stop (SIGTERM) and resolves once it has exited; removes the data folder if this helper
   * created it (pass `dataDir` to keep it).
   */
  stop(): Promise<void>;
}

const startTimeoutMs = 20_000;
const listeningLine = /lobby311 hub listening on (http:\/\/[^\s]+) /;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export function startHubProcess(options: HubProcessOptions = {}): Promise<HubProcess> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lobby311-hub-'));
  const args = ['--import', 'tsx', 'main/hub/cli.ts', '--port', String(options.port ?? 0), '--data', dataDir];
  if (options.config) args.push('--config', options.config);
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Never leave a hub running after the test process that started it has gone.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));

  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the hub did not start within ${startTimeoutMs} ms; stderr: ${stderr}`));
    }, startTimeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      reject(
        new Error(`the hub exited before listening (code ${code}, signal ${signal}); stderr: ${stderr}`),
      );
    };
    child.once('exit', onExit);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = listeningLine.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout!.removeAllListeners('data').resume();
      const url = match[1]!;
      const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
        const done = exited(child);
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await done;
      };
      resolve({
        url,
        port: Number(new URL(url).port),
        dataDir,
        pid: child.pid!,
        kill,
        stop: async () => {
          await kill('SIGTERM');
          if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
        },
      });
    });
  });
}
