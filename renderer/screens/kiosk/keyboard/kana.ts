// Japanese kana typing: the dakuten (゛), handakuten (゜) and small-kana (小) keys change the kana before the
// caret (か → が, は → ぱ, つ → っ; again to undo), in hiragana and katakana alike. No kanji conversion.
import type { Composer, Replacement } from './composer.js';

export const dakutenKey = '゛';
export const handakutenKey = '゜';
export const smallKey = '小';

/** Hiragana to katakana (the kana block's fixed offset); other characters unchanged. */
export const toKatakana = (text: string) =>
  text.replace(/[\u3041-\u3096]/g, (kana) => String.fromCodePoint((kana.codePointAt(0) ?? 0) + 0x60));

/** `ab cd …` as [a, b], [c, d], … */
const pairs = (list: string) => list.split(' ').map((pair) => [...pair] as [string, string]);

/** Each change in `changes` and its undoing, plus the `oneWay` changes, in hiragana and katakana. */
function toggles(changes: [string, string][], oneWay: [string, string][] = []): Map<string, string> {
  const map = new Map<string, string>();
  const add = ([from, to]: [string, string]) => {
    map.set(from, to);
    map.set(toKatakana(from), toKatakana(to));
  };
  for (const [plain, changed] of changes) {
    add([plain, changed]);
    add([changed, plain]);
  }
  oneWay.forEach(add);
  return map;
}

const voiced = toggles(
  pairs(
    'かが きぎ くぐ けげ こご さざ しじ すず せぜ そぞ ただ ちぢ つづ てで とど はば ひび ふぶ へべ ほぼ うゔ',
  ),
  pairs('ぱば ぴび ぷぶ ぺべ ぽぼ'),
);
const semiVoiced = toggles(pairs('はぱ ひぴ ふぷ へぺ ほぽ'), pairs('ばぱ びぴ ぶぷ べぺ ぼぽ'));
const small = toggles(pairs('あぁ いぃ うぅ えぇ おぉ つっ やゃ ゆゅ よょ わゎ'));

const changes: Readonly<Record<string, Map<string, string>>> = {
  [dakutenKey]: voiced,
  [handakutenKey]: semiVoiced,
  [smallKey]: small,
};

/** A kana key adds its kana; a mark key changes the kana before the caret, or does nothing if it cannot. */
export function typeKana(before: string, key: string): Replacement {
  const change = changes[key];
  if (!change) return { remove: 0, insert: key };
  const changed = change.get(before.slice(-1));
  return changed ? { remove: 1, insert: changed } : { remove: 0, insert: '' };
}

export const kana: Composer = { type: typeKana };
