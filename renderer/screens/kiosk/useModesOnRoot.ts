// Puts the visitor's display modes on <html> as data attributes; kiosk.css turns each into token overrides.
import { useEffect } from 'react';
import type { AccessModes } from '../../../machines/kioskFlow.js';

/** The root attribute and value each display mode sets (absent when the mode is off). */
export const modeAttributes = {
  largeText: ['data-text-size', 'large'],
  highContrast: ['data-contrast', 'high'],
  seated: ['data-layout', 'seated'],
} as const;

export function useModesOnRoot(modes: AccessModes): void {
  useEffect(() => {
    const root = document.documentElement;
    for (const [mode, [attribute, value]] of Object.entries(modeAttributes)) {
      if (modes[mode as keyof typeof modeAttributes]) root.setAttribute(attribute, value);
      else root.removeAttribute(attribute);
    }
  }, [modes]);
}
