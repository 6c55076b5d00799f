// Child-process scenario: a hub on a fake clock issues tickets at 23:59 and 00:01 Portland time, printing
// each number and service day as JSON; the test runs it under several server TZ settings.
import { IssueTicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub } from './testHub.js';

const instants = process.argv.slice(2);
const hub = await startTestHub({ clockAt: instants[0]! });
const issued: [string, string][] = [];
for (const instant of instants) {
  hub.clock.set(instant);
  const { ticket } = IssueTicketResult.parse((await hub.issue()).json());
  issued.push([ticket.number, ticket.serviceDay]);
}
await hub.close();
process.stdout.write(
  `${JSON.stringify({ offsetMinutes: new Date(instants[0]!).getTimezoneOffset(), issued })}\n`,
);
