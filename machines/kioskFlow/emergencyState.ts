// The kiosk flow's emergency takeover, as state configs: the root-level reaction to the notices (an emergency
// showing moves any state to `emergency`), and the `emergency` state itself, which wipes the visit on entry and,
// once no emergency shows (withdrawn or ended), returns to welcome (or to loading when no setup was loaded yet).
// Every change of the notices also schedules the next check at the moment the showing set can change.

const keepNotices = ['storeNotices', 'scheduleNoticeCheck'] as const;

/** Root `on` handlers: the flow's notices, from the watcher or its own timed re-check. */
const noticeReaction = [
  { guard: 'isEmergencyShowing', target: '.emergency', actions: keepNotices },
  { actions: keepNotices },
] as const;

export const noticeHandlers = {
  'notices.updated': noticeReaction,
  'notices.tick': noticeReaction,
} as const;

const emergencyReaction = [
  { guard: 'isEmergencyShowing', actions: keepNotices },
  { guard: 'hasSetup', target: 'welcome', actions: keepNotices },
  { target: 'loading', actions: keepNotices },
] as const;

export const emergencyState = {
  emergency: {
    entry: 'enterEmergency',
    on: {
      'notices.updated': emergencyReaction,
      'notices.tick': emergencyReaction,
    },
  },
} as const;
