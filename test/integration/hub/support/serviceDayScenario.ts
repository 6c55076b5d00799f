// Child-process scenario: a hub on a fake clock issues tickets at 23:59 and 00:01 Portland time, printing
// each number and service day as JSON; the test runs it under several server TZ settings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssueTicketResult } from '../../../../machines/contracts/index.js';
import { createHub } from '../../../../main/hub/server.js';
import { createFakeClock, issueBody, siteConfig } from './testHub.js';

const instants = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-tz-'));
const clock = createFakeClock(instants[0]!);
const hub = await createHub({ dataDir, config: siteConfig(), now: clock.now, rendererDir: dataDir });
const issued: [string, string][] = [];
for (const instant of instants) {
  clock.set(instant);
  const res = await hub.app.inject({ method: 'POST', url: '/api/tickets', payload: issueBody() });
  const { ticket } = IssueTicketResult.parse(res.json());
  issued.push([ticket.number, ticket.serviceDay]);
}
await hub.close();
rmSync(dataDir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ offsetMinutes: new Date(instants[0]!).getTimezoneOffset(), issued })}\n`,
);
