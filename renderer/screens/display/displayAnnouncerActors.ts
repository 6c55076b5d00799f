// The announcer machine wired to the real chime (Web Audio) and voice (Web Speech API), for calls and notices.
import { fromPromise } from 'xstate';
import {
  type AnnounceInput,
  displayAnnouncerMachine,
  type NoticeInput,
} from '../../../machines/displayAnnouncer.js';
import { catalogs } from '../../i18n/catalogs.js';
import { type Announcement, announcementFor } from './announcementText.js';
import type { Chime } from './chime.js';
import { noticeAnnouncement } from './noticeText.js';
import { loadVoices, SpeechBlockedError, speak } from './speech.js';

export function announcerFor(chime: Chime, onBlocked: () => void) {
  const say = async (announcement: Announcement, signal: AbortSignal) => {
    try {
      await speak(announcement, signal);
    } catch (error) {
      if (error instanceof SpeechBlockedError) onBlocked();
      throw error;
    }
  };
  return displayAnnouncerMachine.provide({
    actors: {
      playChime: fromPromise<void, AnnounceInput>(({ signal }) => chime.play(signal)),
      speak: fromPromise<void, AnnounceInput>(async ({ input, signal }) => {
        const voices = await loadVoices();
        await say(announcementFor(catalogs, voices, input.call), signal);
      }),
      speakNotice: fromPromise<void, NoticeInput>(async ({ input, signal }) => {
        const voices = await loadVoices();
        await say(noticeAnnouncement(catalogs, voices, input.part), signal);
      }),
    },
  });
}
