// Asks the hub on a schedule what this kiosk should do: whether it is out of service, which other kiosks can
// print, and the commands queued for it, each run once and its result reported back. An unreachable hub keeps
// the last known answer.
import {
  type CompleteCommandBody,
  type DeviceCommand,
  type DeviceCommandRequest,
  type DeviceInstructions,
  type HubClient,
  HubError,
  type OutOfService,
} from '../../machines/contracts/index.js';
import { BoundedMap } from './boundedMap.js';
import type { DeviceCredential } from './deviceCredential.js';

export interface InstructionsPollerDeps {
  hub: HubClient;
  credential: DeviceCredential;
  run(request: DeviceCommandRequest): Promise<CompleteCommandBody>;
  /** Time between polls (default 5 s); `null` polls only when `pollNow` is called (tests). */
  intervalMs?: number | null;
  /** How many command ids are remembered so none runs twice (default 200). */
  rememberCommands?: number;
}

export interface InstructionsPoller {
  outOfService(): OutOfService | null;
  /** Names of the other kiosks that can print now. */
  otherKiosks(): string[];
  /** Polls now (or joins the poll under way) and resolves once its commands have run and been reported. */
  pollNow(): Promise<void>;
  /** Stops the schedule and waits for a poll under way. */
  stop(): Promise<void>;
}

interface Handled {
  result: CompleteCommandBody;
  /** The hub has the result (or refused it as already known). */
  reported: boolean;
}

export function startInstructionsPoller(deps: InstructionsPollerDeps): InstructionsPoller {
  const intervalMs = deps.intervalMs === undefined ? 5_000 : deps.intervalMs;
  const limit = deps.rememberCommands ?? 200;
  const { hub, credential } = deps;
  const handled = new BoundedMap<string, Handled>(limit);
  let outOfService: OutOfService | null = null;
  let otherKiosks: string[] = [];
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function report(id: string, entry: Handled): Promise<void> {
    try {
      await hub.call('completeDeviceCommand', { params: { commandId: id }, body: entry.result });
      credential.noteAccepted();
      entry.reported = true;
    } catch (err) {
      // Already reported (conflict) or gone (expired): the hub will not take it again.
      if (err instanceof HubError && (err.code === 'conflict' || err.status === 404)) entry.reported = true;
      else credential.noteFailure(err);
    }
  }

  async function handle(command: DeviceCommand): Promise<void> {
    let entry = handled.get(command.id);
    if (entry?.reported) return;
    if (!entry) {
      entry = { result: await deps.run(command.request), reported: false };
      handled.set(command.id, entry);
    }
    await report(command.id, entry);
  }

  async function fetchInstructions(): Promise<DeviceInstructions | null> {
    if (credential.state() === 'not-enrolled') return null;
    try {
      const instructions = await hub.call('deviceInstructions', {});
      credential.noteAccepted();
      return instructions;
    } catch (err) {
      credential.noteFailure(err);
      return null;
    }
  }

  async function poll(): Promise<void> {
    const instructions = await fetchInstructions();
    if (instructions === null) return;
    outOfService = instructions.outOfService;
    otherKiosks = instructions.otherKiosks.filter((k) => k.canPrint).map((k) => k.name);
    for (const command of instructions.commands) {
      if (stopped) return;
      if (command.status === 'pending') await handle(command);
    }
  }

  function schedule(): void {
    if (stopped || intervalMs === null) return;
    timer = setTimeout(() => {
      timer = undefined;
      pollNow().then(schedule, schedule);
    }, intervalMs);
  }

  function pollNow(): Promise<void> {
    running ??= poll().finally(() => {
      running = undefined;
    });
    return running;
  }

  if (intervalMs !== null) pollNow().then(schedule, schedule);

  return {
    outOfService: () => outOfService,
    otherKiosks: () => otherKiosks,
    pollNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
