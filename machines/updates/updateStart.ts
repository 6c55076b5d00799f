// How this start of the kiosk app relates to an update (from the restart record the agent keeps on disk).
import type { AppVersion } from '../contracts/index.js';

export type UpdateStart =
  /** An ordinary start: no update is waiting to prove itself. */
  | { kind: 'normal' }
  /**
   * The first starts of a freshly installed version: it must report healthy before the deadline.
   * `failedStarts`: earlier starts of this version that ended (crashed) before it was healthy.
   */
  | { kind: 'verifying'; previousVersion: AppVersion | null; failedStarts: number }
  /** This start is the old version again after rolling back from `from`; the hub has not been told yet. */
  | { kind: 'rolledBack'; from: AppVersion; reason: string };
