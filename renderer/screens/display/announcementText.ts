// What the lobby display says for a call: language chosen by available voices, ticket number read digit by digit.
import type { PublicCall } from '../../../machines/contracts/ticket.js';
import { type Catalogs, translator } from '../../../machines/i18n/translate.js';

/** The part of SpeechSynthesisVoice used to pick a voice. */
export interface VoiceLike {
  lang: string;
  default?: boolean;
}

/** "A042" → "A 0 4 2": spaced so a voice reads each digit instead of "forty-two". */
export function spellTicketNumber(ticketNumber: string): string {
  return ticketNumber.split('').join(' ');
}

/** Voice locales that speak a script-tagged language (voices name regions, not scripts). */
const scriptRegions: Record<string, string[]> = {
  'zh-hans': ['zh-cn', 'zh-sg'],
  'zh-hant': ['zh-tw', 'zh-hk'],
};

/** The best voice for a BCP 47 tag: exact locale, then the script's regions, then the same primary language. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: string): V | null {
  const norm = (tag: string) => tag.replace('_', '-').toLowerCase();
  const wanted = norm(language);
  const primary = wanted.split('-')[0];
  const regions = scriptRegions[wanted] ?? [];
  const prefer = (list: V[]) => list.find((v) => v.default) ?? list[0] ?? null;
  const exact = voices.filter((v) => norm(v.lang) === wanted);
  if (exact.length > 0) return prefer(exact);
  const byRegion = voices.filter((v) => regions.includes(norm(v.lang)));
  if (byRegion.length > 0) return prefer(byRegion);
  if (regions.length > 0) return null;
  return prefer(voices.filter((v) => norm(v.lang).split('-')[0] === primary));
}

export interface Announcement {
  text: string;
  /** The language the text is in (and the voice to use): the call's language, or English without a voice. */
  language: string;
  voice: VoiceLike | null;
}

/** The voice that speaks `language` in its own words (the display catalog exists and a voice does), or null. */
function canSpeak<V extends VoiceLike>(catalogs: Catalogs, voices: readonly V[], language: string): V | null {
  return catalogs[language]?.display ? pickVoice(voices, language) : null;
}

/** The languages besides English the display can speak (catalog and voice), for the announcer's notices. */
export function voicedLanguages<V extends VoiceLike>(catalogs: Catalogs, voices: readonly V[]): string[] {
  return Object.keys(catalogs).filter((l) => l !== 'en' && canSpeak(catalogs, voices, l) !== null);
}

/** Composes the spoken announcement for a call, falling back to English when no voice or catalog exists. */
export function announcementFor<V extends VoiceLike>(
  catalogs: Catalogs,
  voices: readonly V[],
  call: PublicCall,
): Announcement {
  const ownVoice = canSpeak(catalogs, voices, call.language);
  const language = ownVoice ? call.language : 'en';
  const voice = ownVoice ?? pickVoice(voices, 'en');
  const t = translator(catalogs, language, 'display');
  const values = { ticket: spellTicketNumber(call.ticketNumber), counter: call.counterName };
  return { text: t(call.recall ? 'announce.recall' : 'announce.call', values), language, voice };
}
