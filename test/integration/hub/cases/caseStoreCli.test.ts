// The hub's --case-store option, run as a real process: a bad address is a usage error (exit code 2, one plain
// line, nothing created). The option's parsing and help text are unit-tested in caseStoreOption.test.ts.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runHubCli } from '../../../support/runScript.js';

const scratch = mkdtempSync(join(tmpdir(), 'lobby311-case-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run hub -- --case-store', () => {
  it('refuses an address it cannot use with exit code 2 and one line, before creating anything', async () => {
    const data = join(scratch, 'unused');
    const run = await runHubCli(['--case-store', 'ftp://cases.example.org', '--data', data]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lobby311 hub: .*--case-store none.*\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(data)).toBe(false);
  });
});
