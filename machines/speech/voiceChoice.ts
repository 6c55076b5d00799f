// Which platform voice speaks a language, and which languages the kiosk cannot speak at all. Pure.
import type { ClipManifest } from './clipManifest.js';

/** The parts of a SpeechSynthesisVoice the choice reads. */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService?: boolean;
}

/** Region tags voices use for a script tag (voices say "zh-TW", catalogs say "zh-Hant"). */
const voiceTags: Readonly<Record<string, readonly string[]>> = {
  'zh-Hans': ['zh-CN', 'zh-SG'],
  'zh-Hant': ['zh-TW', 'zh-HK'],
};

const normalise = (tag: string) => tag.replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => normalise(tag).split('-')[0] ?? '';

/**
 * The voice for a language: an exact tag first (or the regions of a script tag), then any voice of the same
 * primary language; local (on-device) voices before network ones, which a kiosk must not use. Null: no voice.
 */
export function voiceFor<V extends VoiceInfo>(lang: string, voices: readonly V[]): V | null {
  const exact = [lang, ...(voiceTags[lang] ?? [])].map(normalise);
  const local = voices.filter((v) => v.localService !== false);
  return (
    local.find((v) => exact.includes(normalise(v.lang))) ??
    local.find((v) => primary(v.lang) === primary(lang)) ??
    null
  );
}

/** Languages with neither a voice nor any recorded clip: the kiosk cannot guide a visitor in them by sound. */
export function speechGaps(
  languages: readonly string[],
  voices: readonly VoiceInfo[],
  manifests: Readonly<Record<string, ClipManifest>>,
): string[] {
  return languages.filter(
    (lang) => voiceFor(lang, voices) === null && Object.keys(manifests[lang]?.clips ?? {}).length === 0,
  );
}
