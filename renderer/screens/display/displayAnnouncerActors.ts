// The announcer machine wired to the real chime (Web Audio) and voice (Web Speech API).
import { fromPromise } from 'xstate';
import { type AnnounceInput, displayAnnouncerMachine } from '../../../machines/displayAnnouncer.js';
import { catalogs } from '../../i18n/catalogs.js';
import { announcementFor } from './announcementText.js';
import type { Chime } from './chime.js';
import { loadVoices, SpeechBlockedError, speak } from './speech.js';

export function announcerFor(chime: Chime, onBlocked: () => void) {
  return displayAnnouncerMachine.provide({
    actors: {
      playChime: fromPromise<void, AnnounceInput>(({ signal }) => chime.play(signal)),
      speak: fromPromise<void, AnnounceInput>(async ({ input, signal }) => {
        const voices = await loadVoices();
        try {
          await speak(announcementFor(catalogs, voices, input.call), signal);
        } catch (error) {
          if (error instanceof SpeechBlockedError) onBlocked();
          throw error;
        }
      }),
    },
  });
}
