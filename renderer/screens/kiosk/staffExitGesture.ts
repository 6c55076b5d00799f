// The hidden staff gesture: five taps within 3 s in the top-left corner of the kiosk screen open the exit PIN
// dialog. Nothing on screen shows or announces it; the corner holds only the title, so taps there do nothing else.
import { useEffect } from 'react';

export const CORNER_PX = 96;
export const TAPS = 5;
export const WINDOW_MS = 3_000;

/** Counts corner taps; `tap` answers true on the tap that completes the gesture (and starts counting again). */
export function createCornerTapCounter(taps = TAPS, windowMs = WINDOW_MS) {
  let times: number[] = [];
  return {
    tap(x: number, y: number, at: number): boolean {
      if (x > CORNER_PX || y > CORNER_PX) {
        times = [];
        return false;
      }
      times = [...times.filter((t) => at - t < windowMs), at];
      if (times.length < taps) return false;
      times = [];
      return true;
    },
  };
}

export function useStaffExitGesture(onGesture: () => void): void {
  useEffect(() => {
    const counter = createCornerTapCounter();
    const onPointer = (event: PointerEvent) => {
      if (counter.tap(event.clientX, event.clientY, event.timeStamp)) onGesture();
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [onGesture]);
}
