// The kiosk's design tokens, read from the CSS itself: every text/background pair meets WCAG contrast (4.5:1, or
// 7:1 in high contrast), every control/focus pair 3:1 (7:1 in high contrast), in every combination of modes; the
// smallest target is at least 44 × 44 CSS px; each display mode the renderer sets has its token block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modeAttributes } from '../../../renderer/screens/kiosk/useModesOnRoot.js';

const stylesDir = join(import.meta.dirname, '../../../renderer/styles');
const css = (file: string) => readFileSync(join(stylesDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const kioskCss = css('kiosk.css');
const baseCss = css('base.css');

/** Every rule of a stylesheet as selector → declarations (nested at-rule bodies are read as plain rules). */
function rules(source: string): { selector: string; body: string }[] {
  return [...source.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: (m[1] ?? '').split(';').pop()?.trim() ?? '',
    body: m[2] ?? '',
  }));
}

function tokensOf(body: string): Record<string, string> {
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]),
  );
}

/** The tokens one root selector sets (`:root` for the defaults). */
function block(source: string, selector: string): Record<string, string> {
  const found = rules(source).filter((rule) => rule.selector === selector);
  expect(found, `one "${selector}" block`).toHaveLength(1);
  return tokensOf(found[0]?.body ?? '');
}

/** Each display mode with the root selector of its token block, e.g. largeText → :root[data-text-size="large"]. */
const modeBlocks = Object.entries(modeAttributes).map(([mode, [attribute, value]]) => ({
  mode,
  selector: `:root[${attribute}="${value}"]`,
}));
const modeSelectors = modeBlocks.map(({ selector }) => selector);

/** Every combination of the display modes, as the token sets the page then has (overrides in source order). */
const combinations = Array.from({ length: 2 ** modeBlocks.length }, (_, bits) => {
  const active = modeBlocks.filter((_, i) => bits & (1 << i));
  const tokens = Object.assign(
    {},
    block(kioskCss, ':root'),
    ...active.map((m) => block(kioskCss, m.selector)),
  );
  return {
    name: active.length > 0 ? active.map((m) => m.mode).join(' + ') : 'no mode',
    highContrast: active.some((m) => m.mode === 'highContrast'),
    tokens,
  };
});

/** sRGB channels 0–255 of a #rgb / #rrggbb colour. */
function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) throw new Error(`not a hex colour: ${color}`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background colour, as kiosk.css uses them. */
const textPairs: [string, string][] = [
  ['ink', 'paper'],
  ['ink', 'panel'],
  ['ink', 'selected'],
  ['ink-soft', 'paper'],
  ['ink-soft', 'panel'],
  ['ink-soft', 'selected'],
  ['paper', 'brand'],
  ['brand', 'paper'],
  ['brand', 'panel'],
  ['brand', 'selected'],
  ['paper', 'go'],
  ['paper', 'go-dark'],
  ['go-dark', 'paper'],
  ['go-dark', 'selected'],
  ['alert', 'paper'],
  ['alert', 'panel'],
  ['alert', 'alert-soft'],
  ['paper', 'alert'],
  ['emergency-ink', 'emergency-paper'],
  ['emergency-paper', 'emergency-mark'],
];

/** Control borders and the focus indicator (yellow outline inside a dark halo) against what surrounds them. */
const controlPairs: [string, string][] = [
  ['line', 'paper'],
  ['line', 'panel'],
  ['ink', 'paper'],
  ['go', 'paper'],
  ['focus', 'focus-halo'],
  ['focus-halo', 'paper'],
  ['focus-halo', 'panel'],
  ['focus', 'brand'],
  ['emergency-mark', 'emergency-paper'],
];

/** Colour tokens in no pair, and why. */
const unpaired = new Map([
  ['go-shadow', 'the primary button’s drop shadow, decoration only'],
  ['backdrop', 'dims the screen behind a dialog; the dialog has its own pairs'],
]);

describe('kiosk design tokens', () => {
  it('has a token block for each display mode the renderer sets on the root', () => {
    for (const selector of modeSelectors)
      expect(Object.keys(block(kioskCss, selector)).length).toBeGreaterThan(0);
  });

  it('checks every colour token in some pair (or says why not)', () => {
    const colourTokens = Object.entries(block(kioskCss, ':root'))
      .filter(([, value]) => /^(#|rgb)/.test(value))
      .map(([name]) => name);
    const paired = new Set([...textPairs, ...controlPairs].flat());
    expect(colourTokens.filter((name) => !paired.has(name) && !unpaired.has(name))).toEqual([]);
  });

  it.each(combinations)('meets contrast with $name', ({ tokens, highContrast }) => {
    const failures = [
      ...textPairs.map((pair) => [...pair, highContrast ? 7 : 4.5] as const),
      ...controlPairs.map((pair) => [...pair, highContrast ? 7 : 3] as const),
    ]
      .map(([fg, bg, needed]) => {
        const [a, b] = [tokens[fg], tokens[bg]];
        if (a === undefined || b === undefined) throw new Error(`token --${fg} or --${bg} is not defined`);
        return { pair: `--${fg} on --${bg}`, ratio: Math.round(contrast(a, b) * 100) / 100, needed };
      })
      .filter(({ ratio, needed }) => ratio < needed);
    expect(failures).toEqual([]);
  });

  it('computes contrast like WCAG (black on white 21:1, #767676 on white 4.54:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('sets the smallest target at 44 CSS px or more, and every control’s minimum size above it', () => {
    const targetMin = block(baseCss, ':root')['target-min'];
    expect(targetMin).toMatch(/^\d+px$/);
    const targetPx = Number.parseFloat(targetMin ?? '0');
    expect(targetPx).toBeGreaterThanOrEqual(44);
    const rootPx = 16;
    const controlSizes = rules(kioskCss)
      .filter(({ selector }) =>
        /button|keyboard__key|choice-answer__option|field__(input|select)/.test(selector),
      )
      .flatMap(({ selector, body }) =>
        [...body.matchAll(/min-(height|width)\s*:\s*([^;]+);/g)].map((m) => ({
          selector,
          value: m[2]?.trim() ?? '',
        })),
      );
    expect(controlSizes.length).toBeGreaterThan(5);
    /** A length in px at the browser's default root size; `var(--token)` is read from the mode's tokens. */
    const px = (value: string, tokens: Record<string, string>): number => {
      const token = /^var\(--([\w-]+)\)$/.exec(value)?.[1];
      if (token !== undefined)
        return px(token === 'target-min' ? `${targetPx}px` : (tokens[token] ?? ''), tokens);
      if (value.endsWith('rem')) return Number.parseFloat(value) * rootPx;
      if (value.endsWith('px')) return Number.parseFloat(value);
      return Number.NaN;
    };
    for (const { name, tokens } of combinations) {
      const small = controlSizes.filter(({ value }) => !(px(value, tokens) >= targetPx));
      expect(small, name).toEqual([]);
    }
    // Large text only makes them larger: the root size never goes below the browser's 100 %.
    for (const { tokens } of combinations)
      expect(Number.parseFloat(tokens['text-root'] ?? '0')).toBeGreaterThanOrEqual(100);
  });
});
