// Geometry of a kiosk screen for the right-to-left layout test: the boxes of the top-bar buttons, the heading,
// Back and the primary button normalised to the viewport, with the direction, text alignment and arrow transform
// that decide whether the screen is mirrored.
import type { Page } from '@playwright/test';

/** A box as fractions of the viewport, rounded to 0.001 (about a pixel). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ScreenLayout {
  dir: string;
  topBar: Box[];
  heading: Box | null;
  back: Box | null;
  primary: Box | null;
}

export interface ScreenStyles {
  /** Computed `text-align` of the heading and of the lead paragraph (if any). */
  headingAlign: string;
  leadAlign: string | null;
  /** Computed `transform` of the Back button's arrow ("none" when not mirrored). */
  arrowTransform: string | null;
}

export function screenLayout(page: Page): Promise<{ layout: ScreenLayout; styles: ScreenStyles }> {
  return page.evaluate(() => {
    const round = (n: number) => Math.round(n * 1000) / 1000;
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        x: round(r.x / innerWidth),
        y: round(r.y / innerHeight),
        w: round(r.width / innerWidth),
        h: round(r.height / innerHeight),
      };
    };
    const one = (selector: string) => document.querySelector(selector);
    const heading = one('.screen h1');
    const lead = one('.screen .screen__lead');
    const arrow = one('.screen .button--back .button__arrow');
    return {
      layout: {
        dir: one('.kiosk')?.getAttribute('dir') ?? '',
        topBar: [...document.querySelectorAll('.topbar button')].map(
          (el) => box(el) as NonNullable<ReturnType<typeof box>>,
        ),
        heading: box(heading),
        back: box(one('.screen .button--back')),
        primary: box(one('.screen .button--primary')),
      },
      styles: {
        headingAlign: heading ? getComputedStyle(heading).textAlign : '',
        leadAlign: lead ? getComputedStyle(lead).textAlign : null,
        arrowTransform: arrow ? getComputedStyle(arrow).transform : null,
      },
    };
  });
}

/** The largest difference between two layouts' numbers (Infinity when their shapes differ). */
export function layoutDistance(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return Number.POSITIVE_INFINITY;
    return Math.max(0, ...a.map((item, i) => layoutDistance(item, b[i])));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return Math.max(
      0,
      ...[...keys].map((k) =>
        layoutDistance((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      ),
    );
  }
  return a === b ? 0 : Number.POSITIVE_INFINITY;
}
