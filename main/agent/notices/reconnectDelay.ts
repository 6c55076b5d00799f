// How long the kiosk agent waits before opening the hub's notices stream again: 1 s, doubling up to 30 s, with
// up to a quarter taken off at random so kiosks that lost the hub together do not all come back at once.
const firstMs = 1_000;
const maxMs = 30_000;

/** The wait before reconnect attempt `attempt` (0 = the first after a loss); `random` in [0, 1). */
export function reconnectDelay(attempt: number, random: number): number {
  const full = Math.min(maxMs, firstMs * 2 ** Math.min(attempt, 16));
  return Math.round(full * (1 - 0.25 * random));
}
