// The service logger: JSON lines in a file, personal fields and secrets removed, error messages (which can quote
// input) dropped, and rotation to a second file once the size limit is passed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeServiceLogger, createServiceLogger } from '../../../main/hub/monitoring/serviceLogger.js';
import { logFiles, logLines, waitForLogFiles } from '../../support/logFiles.js';

let dir: string;
let logger: Logger | null;
let closed: boolean;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lobby311-logs-'));
  logger = null;
  closed = false;
});
afterEach(async () => {
  if (logger && !closed) await closeServiceLogger(logger);
  rmSync(dir, { recursive: true, force: true });
});

async function close(open: Logger): Promise<void> {
  await closeServiceLogger(open);
  closed = true;
}

const personal = ['Maria Garcia', '503-555-0142', 'maria@example.com', '12 SE Main St', 'door sticks'];

describe('createServiceLogger', () => {
  it('writes JSON lines with the service, level and time, and keeps ordinary facts', async () => {
    logger = createServiceLogger({ service: 'hub', file: join(dir, 'hub.log') });
    logger.info({ route: '/api/tickets', status: 201 }, 'request');
    logger.debug('not at the default level');
    await close(logger);
    const lines = logLines(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      service: 'hub',
      level: 30,
      msg: 'request',
      route: '/api/tickets',
      status: 201,
    });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
  });

  it('removes personal fields, headers, bodies, query strings and URLs, at the top and one level down', async () => {
    logger = createServiceLogger({ service: 'agent', file: join(dir, 'agent.log') });
    logger.info(
      {
        name: personal[0],
        phone: personal[1],
        contact: { email: personal[2] },
        request: { address: personal[3], description: personal[4], url: '/status/secret-token?name=Maria' },
        req: { headers: { cookie: 'session=abc', authorization: 'Bearer xyz' }, body: { notes: 'x' } },
        ticket: { notes: [personal[0]], text: personal[1] },
        kept: 'service utility-bills',
      },
      'visit',
    );
    await close(logger);
    const text = JSON.stringify(logLines(dir));
    for (const value of personal) expect(text).not.toContain(value);
    expect(text).not.toMatch(/session=|Bearer|secret-token|"headers"|"body"|"url"|"notes"/);
    expect(text).toContain('service utility-bills');
  });

  it('logs an error by type and stack frames, without its message', async () => {
    logger = createServiceLogger({ service: 'hub', file: join(dir, 'hub.log') });
    let error: Error;
    try {
      JSON.parse(`{"name": ${personal[0]}}`);
      throw new Error('unreachable');
    } catch (caught) {
      error = caught as Error;
    }
    expect(error.message).toContain('Maria');
    logger.error({ err: error }, 'body could not be read');
    await close(logger);
    const [line] = logLines(dir);
    expect(line).toMatchObject({ msg: 'body could not be read', err: { type: 'SyntaxError' } });
    expect((line!.err as { stack: string }).stack).toMatch(/^\s+at /);
    expect(JSON.stringify(line)).not.toMatch(/Maria|503-555/);
  });

  it('starts a second file once the size limit is passed', async () => {
    logger = createServiceLogger({ service: 'hub', file: join(dir, 'hub.log'), size: '2k' });
    expect(logFiles(dir)).toEqual([]);
    for (let i = 0; i < 40; i++) logger.info({ line: i, padding: 'x'.repeat(60) }, 'filler');
    const files = await waitForLogFiles(dir, 2);
    expect(files[0]).toMatch(/^hub\.\d{4}-\d{2}-\d{2}\.1\.log$/);
    expect(files[1]).toMatch(/^hub\.\d{4}-\d{2}-\d{2}\.2\.log$/);
    await close(logger);
    const numbers = logLines(dir).map((line) => line.line);
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(typeof n).toBe('number');
  });
});
