// The visit's idle watcher region: no input for `idleWarning` opens a warning that "I need more time" dismisses;
// `idleGrace` more returns to welcome. Its delays (`idleWarning`, `idleGrace`) are named in the kiosk flow.

/** Re-enters the idle watcher's `active` state, which restarts its `idleWarning` delay. */
const restartIdle = { target: 'active', reenter: true } as const;

export const idleWatcher = {
  initial: 'active',
  states: {
    active: {
      after: { idleWarning: 'warning' },
      // Every touch, key or answer restarts the wait (not `visit.restart`: that leaves the visit).
      on: {
        activity: restartIdle,
        'language.open': restartIdle,
        'language.chosen': restartIdle,
        'purpose.chosen': restartIdle,
        'service.chosen': restartIdle,
        'service.change': restartIdle,
        'interpreter.open': restartIdle,
        'interpreter.chosen': restartIdle,
        'accessibility.open': restartIdle,
        'accessibility.toggled': restartIdle,
        'accessibility.done': restartIdle,
        'needs.chosen': restartIdle,
        'visit.back': restartIdle,
        // Also switches the mode: a region that takes an event hides the flow's root handler for it.
        'modes.set': { ...restartIdle, actions: 'setMode' },
      },
    },
    warning: {
      after: { idleGrace: '#kioskFlow.welcome' },
      on: { 'idle.extend': 'active' },
    },
  },
} as const;
