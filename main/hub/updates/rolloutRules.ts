// The rollout rules, pure: which version a device should run, when the pilot has been healthy long enough for
// the rest to follow, and which reports halt the rollout on their own.
import type {
  AppVersion,
  DeviceUpdateReport,
  DeviceUpdateState,
  RolloutPlan,
} from '../../../machines/contracts/index.js';
import type { DeviceUpdateRow } from './updateStore.js';

/** The version `deviceId` should run under `plan` (null: keep the version it runs). */
export function versionFor(plan: RolloutPlan, deviceId: string): AppVersion | null {
  switch (plan.state) {
    case 'idle':
      return null;
    case 'piloting':
      return deviceId === plan.pilotDeviceId ? plan.targetVersion : plan.lastGoodVersion;
    case 'rolling-out':
      return plan.targetVersion;
    case 'halted':
      return plan.lastGoodVersion;
  }
}

/**
 * The plan with what the pilot's latest report says: since when it is healthy on the target, and rolling out
 * to everyone once that has lasted `pilotHealthyMinutes` (by the hub clock).
 */
export function advance(plan: RolloutPlan, pilot: DeviceUpdateRow | null, now: Date): RolloutPlan {
  if (plan.state !== 'piloting') return plan;
  const healthy = pilot?.state === 'healthy' && pilot.currentVersion === plan.targetVersion;
  const pilotHealthySince = healthy ? pilot.healthySince : null;
  if (
    pilotHealthySince !== null &&
    now.getTime() - Date.parse(pilotHealthySince) >= plan.pilotHealthyMinutes * 60_000
  ) {
    return { ...plan, state: 'rolling-out', pilotHealthySince };
  }
  return pilotHealthySince === plan.pilotHealthySince ? plan : { ...plan, pilotHealthySince };
}

/** A kiosk rolled back from the version under rollout: the rollout halts for everyone. */
export function haltsRollout(plan: RolloutPlan, report: DeviceUpdateReport): boolean {
  return (
    (plan.state === 'piloting' || plan.state === 'rolling-out') &&
    report.state === 'rolled-back' &&
    report.previousVersion === plan.targetVersion
  );
}

/** Since when a device is healthy on its version after this report (kept while it stays healthy on it). */
export function healthySinceAfter(
  before: DeviceUpdateRow | null,
  version: AppVersion,
  state: DeviceUpdateState | null,
  at: string,
): string | null {
  if (state !== 'healthy') return null;
  const stillHealthy = before?.state === 'healthy' && before.currentVersion === version;
  return stillHealthy ? (before.healthySince ?? at) : at;
}
