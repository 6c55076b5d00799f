// The typing rule of a language whose keys change the text before the caret (Vietnamese tones, Hangul syllables,
// kana voicing marks) rather than only adding to it.

/** Replace the last `remove` UTF-16 units before the caret with `insert`. */
export interface Replacement {
  remove: number;
  insert: string;
}

export interface Composer {
  /** What pressing `key` does to the text before the caret. */
  type(before: string, key: string): Replacement;
  /** What Delete does to the text before the caret; null: delete one character as usual. */
  erase?(before: string): Replacement | null;
}
