// The speech mode as the kiosk's components see it: whether the audio guide is on, and the switch.
import { createContext, useContext } from 'react';

export interface SpeechMode {
  on: boolean;
  toggle: () => void;
}

export const SpeechModeContext = createContext<SpeechMode | null>(null);

export function useSpeechModeContext(): SpeechMode | null {
  return useContext(SpeechModeContext);
}
