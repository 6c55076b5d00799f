// What the speech mode says: utterances (text and language) and the spelling of ticket numbers. Pure.

export interface Utterance {
  text: string;
  /** BCP 47 tag of the text's language; the visitor's language when left out. */
  lang?: string;
}

/** An utterance with its language settled, as the engine receives it. */
export interface LangUtterance {
  text: string;
  lang: string;
}

/**
 * A code read one character at a time, so "A042" is heard as "A, 0, 4, 2" and not "a forty-two"; the commas
 * give every engine a pause between characters. Spaces and dashes are dropped.
 */
export function spellOut(code: string): string {
  return Array.from(code)
    .filter((char) => char.trim() !== '' && char !== '-')
    .join(', ');
}
