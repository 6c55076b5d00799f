// Test helper: the hub's device-care routes (instructions, command results, ticket status by token) played at
// the HubClient level in front of a real in-process hub, so the agent's side can be driven step by step.
import { randomUUID } from 'node:crypto';
import {
  type CompleteCommandBody,
  type DeviceCommand,
  type DeviceCommandRequest,
  type DeviceInstructions,
  type HubClient,
  HubError,
  type HubRoute,
  HubUnreachableError,
  type OutOfService,
  type TicketStatusView,
} from '../../../machines/contracts/index.js';

export interface DeviceCareHub {
  /** The kiosk's hub client: these routes answered here, every other one by `inner`. */
  client: HubClient;
  /** Queues a command; it is handed out on every instructions call until its result is reported. */
  queue(request: DeviceCommandRequest): DeviceCommand;
  setOutOfService(message: string | null): void;
  setOtherKiosks(kiosks: DeviceInstructions['otherKiosks']): void;
  /** Keep handing out commands after their result came (a hub that lost the result, or a retry). */
  handOutReportedAgain(yes: boolean): void;
  /** Answers instructions, results and statuses as an unreachable hub (other routes are unaffected). */
  setDown(down: boolean): void;
  /** The next `count` results are lost as if the hub went away just then. */
  loseResults(count: number): void;
  /** Refuses instructions with 401, as a hub that disabled the kiosk. */
  setRefusing(refusing: boolean): void;
  /** Public ticket statuses by status token. */
  statuses: Map<string, TicketStatusView>;
  /** Results the kiosk reported, in order. */
  results: { commandId: string; body: CompleteCommandBody }[];
  instructionCalls(): number;
}

export function deviceCareHub(inner: HubClient): DeviceCareHub {
  const commands: DeviceCommand[] = [];
  const results: DeviceCareHub['results'] = [];
  const statuses = new Map<string, TicketStatusView>();
  let outOfService: OutOfService | null = null;
  let otherKiosks: DeviceInstructions['otherKiosks'] = [];
  let again = false;
  let down = false;
  let refusing = false;
  let toLose = 0;
  let calls = 0;

  const unreachable = () => new HubUnreachableError('http://hub.test', new Error('connect ECONNREFUSED'));

  function instructions(): DeviceInstructions {
    calls += 1;
    if (down) throw unreachable();
    if (refusing) throw new HubError(401, 'unauthenticated', 'This device is disabled.');
    const handedOut = commands.filter((c) => c.status === 'pending' || again);
    return {
      commands: handedOut.map((c) => ({ ...c, status: 'pending' })),
      outOfService,
      otherKiosks,
    };
  }

  function complete(commandId: string, body: CompleteCommandBody): DeviceCommand {
    if (down || toLose > 0) {
      toLose = Math.max(0, toLose - 1);
      throw unreachable();
    }
    const command = commands.find((c) => c.id === commandId);
    if (!command) throw new HubError(404, 'not-found', 'No such command.');
    if (command.status !== 'pending') throw new HubError(409, 'conflict', 'Already reported.');
    results.push({ commandId, body });
    command.status = body.ok ? 'done' : 'failed';
    command.detail = body.detail;
    command.completedAt = new Date().toISOString();
    return command;
  }

  function ticketStatus(token: string): TicketStatusView {
    if (down) throw unreachable();
    const status = statuses.get(token);
    if (!status) throw new HubError(404, 'not-found', 'No ticket has that status link.');
    return status;
  }

  const answer = (fn: () => unknown): Promise<unknown> => {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(err);
    }
  };
  function call(
    route: HubRoute,
    args: { params?: Record<string, string>; body?: unknown },
  ): Promise<unknown> {
    const params = args.params ?? {};
    if (route === 'deviceInstructions') return answer(instructions);
    if (route === 'completeDeviceCommand') {
      return answer(() => complete(params.commandId ?? '', args.body as CompleteCommandBody));
    }
    if (route === 'ticketStatus') return answer(() => ticketStatus(params.token ?? ''));
    // Passed through unchanged: `route` and `args` came in through the same typed signature.
    return inner.call(route as never, args as never);
  }
  // Each route answers its own response type; the client's generic signature cannot be narrowed per route.
  const client = { call } as HubClient;

  return {
    client,
    queue(request) {
      const command: DeviceCommand = {
        id: randomUUID(),
        deviceId: 'unit-kiosk',
        request,
        status: 'pending',
        requestedAt: new Date().toISOString(),
        requestedBy: 'unit-facilities',
        completedAt: null,
        detail: null,
      };
      commands.push(command);
      return command;
    },
    setOutOfService(message) {
      outOfService = message === null ? null : { message, since: new Date().toISOString() };
    },
    setOtherKiosks(kiosks) {
      otherKiosks = kiosks;
    },
    handOutReportedAgain(yes) {
      again = yes;
    },
    setDown(value) {
      down = value;
    },
    loseResults(count) {
      toLose = count;
    },
    setRefusing(value) {
      refusing = value;
    },
    statuses,
    results,
    instructionCalls: () => calls,
  };
}
