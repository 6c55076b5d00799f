// Runs the hub CLI to completion in a child process and collects its exit code and output.
import { spawn } from 'node:child_process';
import { projectRoot } from '../../../../main/paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNodeScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const runHubCli = (args: string[], env?: Record<string, string>) =>
  runNodeScript('main/hub/cli.ts', args, env);
