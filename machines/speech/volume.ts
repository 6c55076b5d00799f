// The speech mode's volume: a level in whole steps, kept within bounds, and the engine's 0–1 scale. Pure.

/** The softest level: never silent, so a visitor cannot lose the guide by turning it down. */
export const MIN_VOLUME = 1;
export const MAX_VOLUME = 10;
/** Every visitor starts here. */
export const DEFAULT_VOLUME = 6;

export function stepVolume(level: number, step: 1 | -1): number {
  return Math.min(MAX_VOLUME, Math.max(MIN_VOLUME, level + step));
}

/** The Web Speech API's `volume` (0–1) for a level. */
export function engineVolume(level: number): number {
  return level / MAX_VOLUME;
}
