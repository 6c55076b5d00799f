// What the lobby display says for a notice: the spoken text (also the caption) for one part, the notice in one
// language, with the severity said first in that language.
import type { NoticeMessage } from '../../../machines/contracts/notices.js';
import type { NoticePart } from '../../../machines/displayAnnouncer/noticeQueue.js';
import { type Catalogs, translator } from '../../../machines/i18n/translate.js';
import { type Announcement, pickVoice, type VoiceLike } from './announcementText.js';

/** A headline ends as a sentence so a voice pauses before the body. */
function sentence(text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}

/** "Emergency. Evacuate the building. Leave by the nearest exit." — in the part's language. */
export function spokenNoticeText(catalogs: Catalogs, part: NoticePart): { text: string; language: string } {
  const message: NoticeMessage | undefined = part.notice.messages[part.language] ?? part.notice.messages.en;
  const language = part.notice.messages[part.language] ? part.language : 'en';
  const t = translator(catalogs, language, 'display');
  const words = [t(`notice.spoken.${part.notice.severity}`), sentence(message?.headline ?? '')];
  if (message?.body) words.push(message.body);
  return { text: words.join(' '), language };
}

/** The announcement to speak for one part, with the voice for its language (any voice for English). */
export function noticeAnnouncement<V extends VoiceLike>(
  catalogs: Catalogs,
  voices: readonly V[],
  part: NoticePart,
): Announcement {
  const { text, language } = spokenNoticeText(catalogs, part);
  return { text, language, voice: pickVoice(voices, language) };
}
