// The visitor's display and access modes (large text, high contrast, seated/low layout, audio) and how they
// lengthen the idle timeouts. Pure state: the kiosk flow keeps it in its context and wipes it with the visit.

/** Every mode a visitor can switch on; `audio` is the speech output mode (switched by its own control). */
export const ACCESS_MODES = ['largeText', 'highContrast', 'seated', 'audio'] as const;

export type AccessMode = (typeof ACCESS_MODES)[number];

/** Which modes are on; all off for every new visitor. */
export type AccessModes = Readonly<Record<AccessMode, boolean>>;

/** Switches one mode on or off (the display settings' toggles, the speech control). */
export type AccessModesEvent = { type: 'modes.set'; mode: AccessMode; on: boolean };

export function defaultModes(): AccessModes {
  return { largeText: false, highContrast: false, seated: false, audio: false };
}

export function withMode(modes: AccessModes, mode: AccessMode, on: boolean): AccessModes {
  return { ...modes, [mode]: on };
}

/**
 * How many times longer a visitor in each mode gets before the idle warning and before the reset: reading
 * large text, listening to speech and reaching from a seat all take longer. The longest active factor applies.
 */
export const IDLE_FACTORS: Readonly<Record<AccessMode, number>> = {
  largeText: 1.5,
  highContrast: 1,
  seated: 1.5,
  audio: 2,
};

/** The least time the warning gives to ask for more (WCAG 2.2.1 asks for at least 20 seconds). */
export const MIN_GRACE_SECONDS = 20;

export interface IdleTimings {
  idleWarningSeconds: number;
  idleGraceSeconds: number;
}

export interface IdleTimeouts {
  /** No input for this long opens the "Do you need more time?" warning. */
  warningSeconds: number;
  /** The warning stays this long before the visit resets. */
  graceSeconds: number;
}

/** The site's idle timings, lengthened for the active modes (whole seconds, so the warning can say them). */
export function idleTimeoutsFor(modes: AccessModes, timings: IdleTimings): IdleTimeouts {
  const factor = Math.max(1, ...ACCESS_MODES.filter((mode) => modes[mode]).map((mode) => IDLE_FACTORS[mode]));
  return {
    warningSeconds: Math.ceil(timings.idleWarningSeconds * factor),
    graceSeconds: Math.max(MIN_GRACE_SECONDS, Math.ceil(timings.idleGraceSeconds * factor)),
  };
}
