// The speech mode's key map: keypad keys act with Num Lock on or off, only the toggle acts while the guide is
// off, and keys that type keep typing in a text field.
import { describe, expect, it } from 'vitest';
import { speechCommandFor } from '../../../machines/speech/keyMap.js';

const on = { speechOn: true, inTextField: false };

describe('speech key map', () => {
  it('reads a keypad key by its position whether Num Lock is on or off', () => {
    expect(speechCommandFor({ key: '8', code: 'Numpad8' }, on)).toBe('previous');
    expect(speechCommandFor({ key: 'ArrowUp', code: 'Numpad8' }, on)).toBe('previous');
    expect(speechCommandFor({ key: '5', code: 'Numpad5' }, on)).toBe('repeat');
    expect(speechCommandFor({ key: 'Clear', code: 'Numpad5' }, on)).toBe('repeat');
  });

  it('maps a keyboard without a keypad too', () => {
    expect(speechCommandFor({ key: 'ArrowDown', code: 'ArrowDown' }, on)).toBe('next');
    expect(speechCommandFor({ key: 'Enter', code: 'NumpadEnter' }, on)).toBe('activate');
    expect(speechCommandFor({ key: 'Backspace', code: 'Backspace' }, on)).toBe('back');
    expect(speechCommandFor({ key: 'F1', code: 'F1' }, on)).toBe('help');
    expect(speechCommandFor({ key: 'AudioVolumeUp', code: 'AudioVolumeUp' }, on)).toBe('volumeUp');
    expect(speechCommandFor({ key: '-', code: 'NumpadSubtract' }, on)).toBe('volumeDown');
    expect(speechCommandFor({ key: 'a', code: 'KeyA' }, on)).toBeNull();
  });

  it('only turns the guide on while it is off', () => {
    const off = { speechOn: false, inTextField: false };
    expect(speechCommandFor({ key: '*', code: 'NumpadMultiply' }, off)).toBe('toggle');
    expect(speechCommandFor({ key: 'F2', code: 'F2' }, off)).toBe('toggle');
    expect(speechCommandFor({ key: 'ArrowDown', code: 'ArrowDown' }, off)).toBeNull();
    expect(speechCommandFor({ key: 'Enter', code: 'Enter' }, off)).toBeNull();
  });

  it('leaves typing and caret keys to a text field', () => {
    const field = { speechOn: true, inTextField: true };
    expect(speechCommandFor({ key: 'Backspace', code: 'Backspace' }, field)).toBeNull();
    expect(speechCommandFor({ key: 'ArrowLeft', code: 'ArrowLeft' }, field)).toBeNull();
    expect(speechCommandFor({ key: '5', code: 'Numpad5' }, field)).toBeNull();
    expect(speechCommandFor({ key: '*', code: 'NumpadMultiply' }, field)).toBeNull();
    expect(speechCommandFor({ key: 'Escape', code: 'Escape' }, field)).toBe('back');
    expect(speechCommandFor({ key: 'F3', code: 'F3' }, field)).toBe('repeat');
    expect(speechCommandFor({ key: 'F2', code: 'F2' }, field)).toBe('toggle');
  });
});
