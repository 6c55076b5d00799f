// The on-screen keyboard's composing languages, key by key as a visitor types: Vietnamese tones on the right
// vowel in NFC text, Hangul jamo into syllable blocks (and Delete taking off one jamo), kana voicing marks.
import { describe, expect, it } from 'vitest';
import type { Composer } from '../../../../../renderer/screens/kiosk/keyboard/composer.js';
import { hangul } from '../../../../../renderer/screens/kiosk/keyboard/hangul.js';
import { kana } from '../../../../../renderer/screens/kiosk/keyboard/kana.js';
import { toneMarks, vietnamese } from '../../../../../renderer/screens/kiosk/keyboard/vietnamese.js';

/** The text after typing `keys` one by one at the end of `start`. */
function typed(composer: Composer, keys: readonly string[], start = ''): string {
  return keys.reduce((text, key) => {
    const { remove, insert } = composer.type(text, key);
    return text.slice(0, text.length - remove) + insert;
  }, start);
}

/** Each text Delete leaves, pressed until the composer hands over to plain deletion. */
function erasing(composer: Composer, text: string): string[] {
  const steps: string[] = [];
  for (let change = composer.erase?.(text); change; change = composer.erase?.(text)) {
    text = text.slice(0, text.length - change.remove) + change.insert;
    steps.push(text);
  }
  return steps;
}

const [huyen, sac, hoi, nga, nang] = toneMarks;
const vi = (word: string, tone: string) => typed(vietnamese, [...word, tone]);

describe('Vietnamese tones', () => {
  it('puts the tone on the vowel with a hat or horn, ơ of ươ, in precomposed NFC', () => {
    const street = vi('đương', huyen);
    expect(street).toBe('đường');
    expect(street).toBe(street.normalize('NFC'));
    expect(street).toHaveLength(5);
    expect(vi('viêt', nang)).toBe('việt');
    expect(vi('nguyên', nga)).toBe('nguyễn');
    expect(vi('ĐƯƠNG', huyen)).toBe('ĐƯỜNG');
  });

  it('follows the modern rule for plain vowels: final consonant, oa/oe/uy, other pairs, three vowels', () => {
    expect(vi('toan', sac)).toBe('toán');
    expect(vi('hoa', huyen)).toBe('hoà');
    expect(vi('khoe', hoi)).toBe('khoẻ');
    expect(vi('thuy', hoi)).toBe('thuỷ');
    expect(vi('mua', huyen)).toBe('mùa');
    expect(vi('tai', sac)).toBe('tái');
    expect(vi('ngoai', huyen)).toBe('ngoài');
    expect(vi('khuyu', hoi)).toBe('khuỷu');
  });

  it('treats the u of qu and the i of gi (before a vowel) as consonants', () => {
    expect(vi('qua', sac)).toBe('quá');
    expect(vi('gia', huyen)).toBe('già');
    expect(vi('gi', huyen)).toBe('gì');
  });

  it('replaces a tone, takes it off when pressed again, and ignores a tone with no vowel', () => {
    expect(typed(vietnamese, [...'ma', sac, nga])).toBe('mã');
    expect(typed(vietnamese, [...'ma', sac, sac])).toBe('ma');
    expect(typed(vietnamese, [...'đ', huyen])).toBe('đ');
    expect(typed(vietnamese, [huyen], 'ok ')).toBe('ok ');
  });

  it('moves the tone when letters come after it, touching only the last word', () => {
    expect(typed(vietnamese, [...'đươ', huyen, 'n', 'g'])).toBe('đường');
    expect(typed(vietnamese, [...'thuy', sac, 'ê', 'n'])).toBe('thuyến');
    expect(typed(vietnamese, [...'mua', huyen], 'hoa ')).toBe('hoa mùa');
    expect(typed(vietnamese, [...'ho', nang, ' ', 'a'])).toBe('họ a');
  });
});

describe('Hangul 2-set', () => {
  const ko = (jamo: string, start = '') => typed(hangul, [...jamo], start);

  it('composes syllable blocks, moving a final to the next syllable before a vowel', () => {
    expect(ko('ㅎㅏㄴㄱㅜㄱㅇㅓ')).toBe('한국어');
    expect(ko('ㄷㅗㄹㅗ')).toBe('도로');
    expect(ko('ㄱㅏㄴㅏ')).toBe('가나');
  });

  it('builds compound vowels and compound finals, and splits a compound final before a vowel', () => {
    expect(ko('ㅇㅗㅏㅇ')).toBe('왕');
    expect(ko('ㅇㅡㅣㅅㅏ')).toBe('의사');
    expect(ko('ㄷㅏㄹㄱ')).toBe('닭');
    expect(ko('ㄷㅏㄹㄱㅇㅡㄴ')).toBe('닭은');
    expect(ko('ㄷㅏㄹㄱㅏ')).toBe('달가');
  });

  it('leaves jamo that cannot join as they are, and does not join across other text', () => {
    expect(ko('ㅏㅏ')).toBe('ㅏㅏ');
    expect(ko('ㄱㄱ')).toBe('ㄱㄱ');
    expect(ko('ㄸ', '가')).toBe('가ㄸ');
    expect(ko('ㅏ', 'k')).toBe('kㅏ');
  });

  it('takes off one jamo per Delete, then hands over to plain deletion', () => {
    expect(erasing(hangul, '닭')).toEqual(['달', '다', 'ㄷ']);
    expect(erasing(hangul, '왕')).toEqual(['와', '오', 'ㅇ']);
    expect(erasing(hangul, 'ㅘ')).toEqual(['ㅗ']);
    expect(erasing(hangul, 'abc')).toEqual([]);
  });
});

describe('kana marks', () => {
  it('voices, half-voices and shrinks the kana before the caret, in hiragana and katakana', () => {
    expect(typed(kana, [...'か゛'])).toBe('が');
    expect(typed(kana, [...'は゜'])).toBe('ぱ');
    expect(typed(kana, [...'つ小'])).toBe('っ');
    expect(typed(kana, [...'ウ゛'])).toBe('ヴ');
    expect(typed(kana, [...'ハ゛゜'])).toBe('パ');
  });

  it('undoes a mark pressed again, and ignores a mark a kana cannot take', () => {
    expect(typed(kana, [...'か゛゛'])).toBe('か');
    expect(typed(kana, [...'や小小'])).toBe('や');
    expect(typed(kana, [...'ん゛'])).toBe('ん');
    expect(typed(kana, ['゛'])).toBe('');
  });
});
