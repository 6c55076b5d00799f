// The hub's app updates: the rollout plan (start, halt, advance once the pilot is healthy long enough), the
// version each kiosk should run, each device's reported version and update state, and the update files.
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type {
  AppVersion,
  Device,
  DeviceUpdateReport,
  RolloutPlan,
  StartRolloutBody,
  UpdatesOverview,
  UpdateTarget,
} from '../../../machines/contracts/index.js';
import { QueueError } from '../queue/queueError.js';
import { advance, haltsRollout, healthySinceAfter, versionFor } from './rolloutRules.js';
import { availableUpdates, registerUpdateFiles } from './updateFiles.js';
import { registerUpdateRoutes } from './updateRoutes.js';
import { createUpdateStore } from './updateStore.js';

export interface UpdatesDeps {
  db: Database.Database;
  now: () => Date;
  /** The enrolled devices (id, name, role, disabled). */
  listDevices: () => Device[];
  /** The folder of update files served at /updates/ (null: none; no rollout can start). */
  updatesDir: string | null;
}

export interface UpdatesHub {
  overview(): UpdatesOverview;
  /** Starts rolling out `body.targetVersion`, the pilot first; `by` is the staff username. */
  start(body: StartRolloutBody, by: string): RolloutPlan;
  /** Halts the rollout under way; every kiosk goes (back) to the last good version. */
  halt(reason: string, by: string): RolloutPlan;
  targetFor(deviceId: string): UpdateTarget;
  /** Keeps a kiosk's update report; true when its state, version or reason changed (worth auditing). */
  report(deviceId: string, report: DeviceUpdateReport): boolean;
  /** Keeps the version a device's health report carries (a changed version clears its update state). */
  noteVersion(deviceId: string, version: AppVersion): void;
  registerRoutes(app: FastifyInstance): Promise<void>;
}

const underWay = (plan: RolloutPlan) => plan.state === 'piloting' || plan.state === 'rolling-out';

export function createUpdates(deps: UpdatesDeps): UpdatesHub {
  const { now } = deps;
  const store = createUpdateStore(deps.db);

  /** The stored plan, advanced (and saved) if the pilot has now been healthy long enough. */
  const current = (): RolloutPlan => {
    const plan = store.plan();
    const next = advance(plan, plan.pilotDeviceId ? store.device(plan.pilotDeviceId) : null, now());
    if (next !== plan) store.savePlan(next);
    return next;
  };
  const available = () => availableUpdates(deps.updatesDir);
  const deviceNamed = (deviceId: string) => deps.listDevices().find((d) => d.id === deviceId);

  function checkPilot(deviceId: string): void {
    const pilot = deviceNamed(deviceId);
    if (!pilot)
      throw new QueueError('not-found', `There is no device "${deviceId}": choose a kiosk from the list.`);
    if (pilot.role !== 'kiosk' || pilot.disabled) {
      throw new QueueError(
        'invalid-request',
        `"${pilot.name}" cannot be the pilot: choose an enabled kiosk.`,
      );
    }
  }

  /** What the others run meanwhile: the last version that rolled out, or what the pilot runs now. */
  function lastGoodBefore(plan: RolloutPlan, pilotDeviceId: string): AppVersion | null {
    if (plan.state === 'rolling-out') return plan.targetVersion;
    if (plan.state === 'idle') return store.device(pilotDeviceId)?.currentVersion ?? null;
    return plan.lastGoodVersion;
  }

  const hub: UpdatesHub = {
    overview() {
      const rows = new Map(store.devices().map((row) => [row.deviceId, row]));
      return {
        plan: current(),
        available: available(),
        devices: deps.listDevices().map((device) => {
          const row = rows.get(device.id);
          return {
            deviceId: device.id,
            name: device.name,
            role: device.role,
            disabled: device.disabled,
            version: row?.currentVersion ?? null,
            previousVersion: row?.previousVersion ?? null,
            targetVersion: row?.targetVersion ?? null,
            state: row?.state ?? null,
            reason: row?.reason ?? null,
            reportedAt: row?.reportedAt ?? null,
          };
        }),
      };
    },
    start(body, by) {
      if (!available().some((u) => u.version === body.targetVersion)) {
        throw new QueueError(
          'not-found',
          `The hub has no update files for version ${body.targetVersion}: copy the release's latest-linux.yml ` +
            `(or latest.yml), installer and .blockmap files into the folder ${body.targetVersion} of the ` +
            'updates folder (--updates-dir), then try again.',
        );
      }
      checkPilot(body.pilotDeviceId);
      const before = current();
      if (underWay(before) && before.targetVersion === body.targetVersion) {
        throw new QueueError(
          'wrong-state',
          `Version ${body.targetVersion} is already being rolled out: halt it first to start it again.`,
        );
      }
      const plan = advance(
        {
          state: 'piloting',
          targetVersion: body.targetVersion,
          lastGoodVersion: lastGoodBefore(before, body.pilotDeviceId),
          pilotDeviceId: body.pilotDeviceId,
          pilotHealthyMinutes: body.pilotHealthyMinutes,
          pilotHealthySince: null,
          startedAt: now().toISOString(),
          startedBy: by,
          haltReason: null,
          haltedAt: null,
          haltedBy: null,
        },
        store.device(body.pilotDeviceId),
        now(),
      );
      store.savePlan(plan);
      return plan;
    },
    halt(reason, by) {
      const before = current();
      if (!underWay(before)) {
        throw new QueueError('wrong-state', 'No rollout is under way, so there is nothing to halt.');
      }
      const plan: RolloutPlan = {
        ...before,
        state: 'halted',
        haltReason: reason,
        haltedAt: now().toISOString(),
        haltedBy: `staff:${by}`,
      };
      store.savePlan(plan);
      return plan;
    },
    targetFor(deviceId) {
      const plan = current();
      const version = versionFor(plan, deviceId);
      const feedPath =
        version === null ? null : (available().find((u) => u.version === version)?.feedPath ?? null);
      return { version, feedPath, rollout: plan.state };
    },
    report(deviceId, report) {
      const before = store.device(deviceId);
      const at = now().toISOString();
      const moved = before !== null && before.currentVersion !== report.currentVersion;
      store.saveDevice({
        deviceId,
        currentVersion: report.currentVersion,
        previousVersion:
          report.previousVersion ?? (moved ? before.currentVersion : (before?.previousVersion ?? null)),
        targetVersion: report.targetVersion,
        state: report.state,
        reason: report.reason,
        healthySince: healthySinceAfter(before, report.currentVersion, report.state, at),
        reportedAt: at,
      });
      const plan = current();
      if (haltsRollout(plan, report)) {
        const name = deviceNamed(deviceId)?.name ?? deviceId;
        store.savePlan({
          ...plan,
          state: 'halted',
          haltReason: `${name} rolled back from ${plan.targetVersion}: ${report.reason ?? 'no reason given'}`,
          haltedAt: at,
          haltedBy: `device:${deviceId}`,
        });
      }
      return before?.state !== report.state || moved || before.reason !== report.reason;
    },
    noteVersion(deviceId, version) {
      const before = store.device(deviceId);
      if (before?.currentVersion === version) return;
      store.saveDevice({
        deviceId,
        currentVersion: version,
        previousVersion: before?.currentVersion ?? null,
        targetVersion: null,
        state: null,
        reason: null,
        healthySince: null,
        reportedAt: now().toISOString(),
      });
    },
    async registerRoutes(app) {
      registerUpdateRoutes(app, hub);
      if (deps.updatesDir !== null) await registerUpdateFiles(app, deps.updatesDir);
    },
  };
  return hub;
}
