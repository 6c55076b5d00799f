// Recorded speech for languages without a platform voice: the manifest of one language's clips (validated) and
// how an utterance is made of clips. Pure.
//
// A clip is named by what it says: `<namespace>:<message key>` for a catalog message without placeholders
// (`kiosk:welcome.title`), or `char:<character>` for one character of a spelled-out ticket number (`char:A`,
// `char:0`). A spelled number is said as its characters' clips; any other text is said by the clip of the
// message whose text it is. Text with no clip cannot be said from recordings.
import { z } from 'zod';

export const ClipManifest = z
  .object({
    language: z.string().min(2).describe('BCP 47 tag the clips speak, e.g. "chk"'),
    clips: z
      .record(
        z.string().regex(/^(char:.|[a-zA-Z]+:[\w.-]+)$/u, 'name a clip "<namespace>:<key>" or "char:<c>"'),
        z
          .string()
          .regex(/^[\w./-]+\.(opus|ogg|mp3|wav)$/, 'a relative path to an .opus, .ogg, .mp3 or .wav file'),
      )
      .describe(
        'Clip name → file under assets/sounds/speech/, e.g. "kiosk:welcome.title": "chk/welcome-title.opus"',
      ),
  })
  .strict();
export type ClipManifest = z.infer<typeof ClipManifest>;

/** A spelled-out code as made by `spellOut` ("A, 0, 4, 2"). */
const spelled = /^[\p{L}\p{N}](, [\p{L}\p{N}])*$/u;

/**
 * The clip files that say `text`, in order, or null when the manifest cannot say it. `messageKeyOf` finds the
 * catalog message (`namespace:key`) whose text this is.
 */
export function clipsFor(
  text: string,
  manifest: ClipManifest | undefined,
  messageKeyOf: (text: string) => string | undefined,
): string[] | null {
  if (!manifest) return null;
  const trimmed = text.trim();
  if (spelled.test(trimmed)) {
    const files = trimmed.split(', ').map((char) => manifest.clips[`char:${char}`]);
    return files.every((file) => file !== undefined) ? (files as string[]) : null;
  }
  const key = messageKeyOf(trimmed);
  const file = key === undefined ? undefined : manifest.clips[key];
  return file === undefined ? null : [file];
}
