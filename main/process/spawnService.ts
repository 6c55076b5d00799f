// Starts one of the project's services (hub, agent) as a child process and waits for its "listening" line.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectRoot } from '../paths.js';

export interface RunningService {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the service wrote to stderr so far (for error messages). */
  stderr(): string;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
  /** Send a signal (e.g. SIGKILL) and wait for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface SpawnServiceOptions {
  /** Script path relative to the project root, run with tsx, e.g. `main/hub/cli.ts`. */
  script: string;
  args: string[];
  /** Matches the ready line on stdout; group 1 is the service URL. */
  ready: RegExp;
  env?: NodeJS.ProcessEnv;
  /** Passes the child's stdout lines on (after the ready line), e.g. to the demo's console. */
  onLine?: (line: string) => void;
}

export function spawnService(options: SpawnServiceOptions): Promise<RunningService> {
  const child = spawn(process.execPath, ['--import', 'tsx', options.script, ...options.args], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Never leave a service running after the process that started it has gone.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      resolve();
    }),
  );
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let url: string | undefined;
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (url !== undefined) return options.onLine?.(line);
      const match = options.ready.exec(line);
      if (!match?.[1]) return;
      url = match[1];
      resolve({
        url,
        child,
        stderr: () => stderr,
        stop: () => signal('SIGTERM'),
        kill: (s = 'SIGKILL') => signal(s),
      });
    });
    child.once('exit', (code) => {
      if (url === undefined) {
        const reason = stderr.trim().split('\n').pop() ?? '';
        reject(new Error(`${options.script} exited with code ${code} before it was ready: ${reason}`));
      }
    });
  });
}
