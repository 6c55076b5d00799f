// The real hub over HTTPS with a throwaway self-signed certificate trusted by the client; clear CLI errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Health } from '../../../../machines/contracts/index.js';
import { type RunningService, spawnService } from '../../../../main/process/spawnService.js';
import { runHubCli } from '../../../support/runScript.js';
import {
  makeSelfSignedCert,
  opensslMissing,
  type SelfSignedCert,
} from '../../../unit/hub/security/selfSignedCert.js';

interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function httpsGet(url: string, ca?: Buffer): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

const missing = opensslMissing();
if (missing) console.warn(`skipping the hub TLS tests: ${missing}`);

describe.skipIf(missing !== undefined)('the hub with --tls-cert and --tls-key', () => {
  let cert: SelfSignedCert;
  let hub: RunningService;
  let dataDir: string;

  beforeAll(async () => {
    cert = makeSelfSignedCert();
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-hub-tls-'));
    hub = await spawnService({
      script: 'main/hub/cli.ts',
      args: ['--port', '0', '--data', dataDir, '--tls-cert', cert.certFile, '--tls-key', cert.keyFile],
      ready: /lobby311 hub listening on (https:\/\/\S+) /,
    });
  });
  afterAll(async () => {
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(cert.dir, { recursive: true, force: true });
  });

  it('says https:// when it starts and answers over TLS to a client that trusts the certificate', async () => {
    expect(hub.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const res = await httpsGet(`${hub.url}/api/health`, cert.cert);
    expect(res.status).toBe(200);
    expect(Health.parse(JSON.parse(res.body)).status).toBe('ok');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+$/);
  });

  it('is refused by a client that does not trust the certificate', async () => {
    await expect(httpsGet(`${hub.url}/api/health`)).rejects.toThrow(/self.signed/i);
  });

  it('does not speak plain HTTP on its port', async () => {
    const plain = hub.url.replace('https://', 'http://');
    await expect(fetch(`${plain}/api/health`)).rejects.toThrow();
  });
});

describe.skipIf(missing !== undefined)('hub TLS options on the command line', () => {
  it('exits with code 2 and one line when only one of the pair is given', async () => {
    const run = await runHubCli(['--port', '0', '--tls-cert', 'cert.pem']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lobby311 hub: give both --tls-cert and --tls-key, or neither (see --help)\n');
  });

  it('exits with code 2 naming a file it cannot read', async () => {
    const run = await runHubCli([
      '--port',
      '0',
      '--tls-cert',
      '/nonexistent/cert.pem',
      '--tls-key',
      '/nonexistent/key.pem',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lobby311 hub: cannot read --tls-cert file /nonexistent/cert.pem (ENOENT): check the path and its permissions\n',
    );
  });
});
