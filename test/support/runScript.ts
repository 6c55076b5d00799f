// Runs one of the project's Node scripts (through tsx) to completion and collects its exit code and output.
import { spawn } from 'node:child_process';
import { projectRoot } from '../../main/paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunScriptOptions {
  env?: Record<string, string>;
  /** Written to the script's stdin, which is then closed (closed empty when undefined). */
  stdin?: string;
}

export function runNodeScript(
  script: string,
  args: string[],
  options: RunScriptOptions = {},
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `main/hub/cli.ts` (serving options or the admin commands). */
export const runHubCli = (args: string[], options?: RunScriptOptions) =>
  runNodeScript('main/hub/cli.ts', args, options);
