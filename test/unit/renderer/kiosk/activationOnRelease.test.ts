// Kiosk controls act on release (click), never on press, and nothing needs a gesture: a static check of every
// kiosk screen's source. Press handlers may only keep focus where it is (the on-screen keyboard's `keepFocus`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const kioskDir = join(import.meta.dirname, '../../../../renderer/screens/kiosk');
const sources = readdirSync(kioskDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => ({
    file: relative(kioskDir, join(kioskDir, file)),
    text: readFileSync(join(kioskDir, file), 'utf8'),
  }));

/** JSX handlers that fire on press, movement or multi-tap rather than on release. */
const pressHandler =
  /\bon(PointerDown|MouseDown|TouchStart|TouchMove|PointerMove|DoubleClick|ContextMenu)=\{([^}]*)\}/g;

describe('kiosk activation', () => {
  it('reads every kiosk screen', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.some(({ text }) => text.includes('onClick='))).toBe(true);
  });

  it('acts on click only: press handlers do nothing but keep focus', () => {
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(pressHandler)].map((m) => ({ file, handler: `on${m[1]}`, value: m[2] })),
    );
    expect(found.filter(({ value }) => value !== 'keepFocus')).toEqual([]);
    for (const { file } of found) {
      const text = sources.find((s) => s.file === file)?.text ?? '';
      expect(text, file).toMatch(/const keepFocus = \(event: PointerEvent\) => event\.preventDefault\(\);/);
    }
  });

  it('has no swipe, drag or pinch handling', () => {
    const gestures = sources.filter(({ text }) => /swipe|onDrag|draggable|pinch|onWheel/i.test(text));
    expect(gestures.map(({ file }) => file)).toEqual([]);
  });
});
