// The rollout plan (one row) and each device's reported version and update state, in the hub's SQLite database.
import type Database from 'better-sqlite3';
import { type AppVersion, type DeviceUpdateState, RolloutPlan } from '../../../machines/contracts/index.js';

/** What the hub keeps per device from its health and update reports. */
export interface DeviceUpdateRow {
  deviceId: string;
  currentVersion: AppVersion | null;
  previousVersion: AppVersion | null;
  targetVersion: AppVersion | null;
  state: DeviceUpdateState | null;
  reason: string | null;
  /** Since when it reports healthy on currentVersion (null: not healthy, or not said). */
  healthySince: string | null;
  reportedAt: string;
}

interface RawRow {
  device_id: string;
  current_version: string | null;
  previous_version: string | null;
  target_version: string | null;
  state: DeviceUpdateState | null;
  reason: string | null;
  healthy_since: string | null;
  reported_at: string;
}

const rowOf = (raw: RawRow): DeviceUpdateRow => ({
  deviceId: raw.device_id,
  currentVersion: raw.current_version,
  previousVersion: raw.previous_version,
  targetVersion: raw.target_version,
  state: raw.state,
  reason: raw.reason,
  healthySince: raw.healthy_since,
  reportedAt: raw.reported_at,
});

export const idlePlan: RolloutPlan = {
  state: 'idle',
  targetVersion: null,
  lastGoodVersion: null,
  pilotDeviceId: null,
  pilotHealthyMinutes: 60,
  pilotHealthySince: null,
  startedAt: null,
  startedBy: null,
  haltReason: null,
  haltedAt: null,
  haltedBy: null,
};

export function createUpdateStore(db: Database.Database) {
  const selectPlan = db.prepare('SELECT plan_json FROM update_rollout WHERE id = 1');
  const upsertPlan = db.prepare(
    `INSERT INTO update_rollout (id, plan_json) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET plan_json = excluded.plan_json`,
  );
  const selectDevice = db.prepare('SELECT * FROM device_updates WHERE device_id = ?');
  const selectDevices = db.prepare('SELECT * FROM device_updates');
  const upsertDevice = db.prepare(
    `INSERT INTO device_updates
       (device_id, current_version, previous_version, target_version, state, reason, healthy_since, reported_at)
     VALUES (@deviceId, @currentVersion, @previousVersion, @targetVersion, @state, @reason, @healthySince,
       @reportedAt)
     ON CONFLICT (device_id) DO UPDATE SET current_version = excluded.current_version,
       previous_version = excluded.previous_version, target_version = excluded.target_version,
       state = excluded.state, reason = excluded.reason, healthy_since = excluded.healthy_since,
       reported_at = excluded.reported_at`,
  );
  return {
    /** The stored plan, or the idle plan before any rollout. */
    plan(): RolloutPlan {
      const row = selectPlan.get() as { plan_json: string } | undefined;
      return row ? RolloutPlan.parse(JSON.parse(row.plan_json)) : idlePlan;
    },
    savePlan(plan: RolloutPlan): void {
      upsertPlan.run(JSON.stringify(plan));
    },
    device(deviceId: string): DeviceUpdateRow | null {
      const raw = selectDevice.get(deviceId) as RawRow | undefined;
      return raw ? rowOf(raw) : null;
    },
    devices(): DeviceUpdateRow[] {
      return (selectDevices.all() as RawRow[]).map(rowOf);
    },
    saveDevice(row: DeviceUpdateRow): void {
      upsertDevice.run(row);
    },
  };
}

export type UpdateStore = ReturnType<typeof createUpdateStore>;
