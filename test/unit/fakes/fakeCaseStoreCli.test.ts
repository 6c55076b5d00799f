// The fake case store's command line: prints its address, serves GeoReport, stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../main/paths.js';

describe('fakeCaseStoreCli', () => {
  it('serves on the port it prints and exits 0 on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fakes/fakeCaseStoreCli.ts', '--port', '0', '--api-key', 'k', '--deduplicate'],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        const match = /fake case store listening on (http:\/\/127\.0\.0\.1:\d+\/open311\/v2)\n/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    const form = new URLSearchParams({ service_code: 'sewer-backup', address_string: 'here', api_key: 'k' });
    const headers = { 'Idempotency-Key': 'same' };
    const first = await (await fetch(`${url}/requests.json`, { method: 'POST', body: form, headers })).json();
    const second = await (
      await fetch(`${url}/requests.json`, { method: 'POST', body: form, headers })
    ).json();
    expect(second).toEqual(first);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fakes/fakeCaseStoreCli.ts', '--port', 'x'],
      {
        cwd: projectRoot,
        stdio: 'ignore',
      },
    );
    expect((await once(child, 'exit'))[0]).toBe(2);
  });
});
