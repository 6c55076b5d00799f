// fetchWithTimeout against a hub that accepts the connection and never answers: in a process of its own, the
// call fails after its deadline with a plain message, and the process then ends normally.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { projectRoot } from '../../../main/paths.js';
import { runNodeScript } from '../../support/runScript.js';

let dir: string;
let silentHub: Server;
const sockets: Socket[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-fetch-'));
  silentHub = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silentHub.listen(0, '127.0.0.1', resolve));
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise<void>((resolve) => silentHub.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

it('fails a request nobody answers after its deadline, with a plain message', async () => {
  const { port } = silentHub.address() as AddressInfo;
  const script = join(dir, 'stalled.ts');
  writeFileSync(
    script,
    [
      `import { fetchWithTimeout } from ${JSON.stringify(join(projectRoot, 'main/agent/kioskAgent.ts'))};`,
      `fetchWithTimeout(300)('http://127.0.0.1:${port}/api/health', { method: 'GET', headers: {} }).then(`,
      "  () => console.log('answered'),",
      "  (err: Error) => console.log('failed: ' + err.message),",
      ');',
    ].join('\n'),
  );
  const run = await runNodeScript(script, []);
  expect(run.stdout.trim()).toBe('failed: no answer within 300 ms');
  expect(run.code).toBe(0);
  expect(sockets.length).toBeGreaterThan(0);
});
