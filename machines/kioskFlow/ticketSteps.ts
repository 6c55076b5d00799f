// The visit's ticket-path question steps after the service (needs, interpreter, access help), as state configs
// for the kiosk flow's `visit.step` region; the actions they name are the kiosk flow's.
export const ticketSteps = {
  needs: {
    on: {
      'needs.chosen': 'confirm',
      'interpreter.open': 'interpreter',
      'accessibility.open': 'accessibility',
      'visit.back': 'service',
    },
  },
  interpreter: {
    on: {
      'interpreter.chosen': { target: 'needs', actions: 'storeInterpreter' },
      'visit.back': 'needs',
    },
  },
  accessibility: {
    on: {
      'accessibility.toggled': { actions: 'toggleAccessibility' },
      'accessibility.done': 'needs',
      'visit.back': 'needs',
    },
  },
} as const;
