// Walks the kiosk inside the page, in one evaluate per stretch: waits for each screen, checks it (axe with every
// WCAG A/AA tag up to 2.2, targets of at least 44 × 44 px, the seated reach band, nothing cut off, no sideways
// scroll, a scrolling region reachable by keyboard) and acts on it as a visitor would; returns what failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type * as Axe from 'axe-core';
import { wcagTags } from './axe.js';

export type Mode = 'plain' | 'largeText' | 'highContrast' | 'seated' | 'largeText+seated';

/** Where to find an element: a CSS selector, optionally only the one whose text contains `text`. */
export interface Target {
  css: string;
  text?: string;
}

export type Step =
  /**
   * Waits for the screen (its `ready` element, and its heading when given), then checks it; `aaa` adds the 7:1
   * contrast rule in high contrast.
   */
  | { do: 'check'; screen: string; ready: Target; heading?: string; axe: boolean; aaa?: boolean }
  /** The visit's language is on the kiosk (`lang`, `dir`). */
  | { do: 'language'; lang: string; dir: 'ltr' | 'rtl' }
  /** Back at welcome, no mode is left on (root attributes, 16 px root font). */
  | { do: 'reset' }
  | { do: 'wait'; target: Target }
  | { do: 'click'; target: Target }
  | { do: 'focus'; target: Target }
  | { do: 'fill'; target: Target; value: string }
  /** Answers each of the request's question pages (checking each): skips optional ones, answers the first choice. */
  | { do: 'questions'; axe: boolean };

export interface WalkArgs {
  steps: Step[];
  /** Names the mode and language in every failure. */
  where: string;
  mode: Mode;
  tags: string[];
  /** Seated layout: no control above this share of the screen height. */
  reachTop: number;
  targetMin: number;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe-core in the page once (page.evaluate is not subject to the kiosk's Content-Security-Policy). */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/** Runs `steps` in the page; the failures found, each naming the screen, mode and language. */
export async function walk(page: Page, where: string, mode: Mode, steps: Step[]): Promise<string[]> {
  const args: WalkArgs = { steps, where, mode, tags: wcagTags, reachTop: 0.4, targetMin: 44 };
  return page.evaluate(walkInPage, args);
}

/** Runs in the page: self-contained (Playwright sends its source). */
async function walkInPage(args: WalkArgs): Promise<string[]> {
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  const failures: string[] = [];
  const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
  /** One task later: React has committed what the last click changed. */
  const settle = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
  const find = (target: Target): HTMLElement | null => {
    const all = [...document.querySelectorAll<HTMLElement>(target.css)];
    return all.find((e) => target.text === undefined || (e.textContent ?? '').includes(target.text)) ?? null;
  };
  const heading = () =>
    (document.querySelector('dialog[open] h2') ?? document.querySelector('h1'))?.textContent;
  const waitFor = async (target: Target, title?: string): Promise<HTMLElement> => {
    const until = Date.now() + 10_000;
    for (;;) {
      const element = find(target);
      if (element && (title === undefined || heading()?.includes(title))) return element;
      if (Date.now() > until) {
        throw new Error(
          `${args.where}: no ${target.css} ${target.text ?? ''}${title ? ` under “${title}”` : ''}; on “${heading()}”`,
        );
      }
      await pause();
    }
  };
  const controlsSelector = 'button, a[href], input, select, textarea, [role="button"], [tabindex="0"]';
  const check = async (screen: string, runAxe: boolean, aaa = false) => {
    const at = `${screen} (${args.where})`;
    const dialog = document.querySelector('dialog[open]');
    const scope = dialog ?? document;
    const height = window.innerHeight;
    const controls = [...scope.querySelectorAll<HTMLElement>(controlsSelector)].filter(
      (e) => e.getClientRects().length > 0 && !e.closest('[inert]'),
    );
    if (controls.length === 0) failures.push(`${at}: no controls`);
    const name = (e: Element) => (e.textContent ?? '').trim().slice(0, 30) || e.outerHTML.slice(0, 60);
    // The document scrolls when a screen is taller than the kiosk; it is reachable by keyboard (focus scrolls it).
    // Seated, only the long screens (a search, a form, the services, the closed notice in every language) may;
    // with large text, any may.
    const scrolls =
      args.mode === 'largeText+seated' ||
      document.querySelector('.request, .info, .screen--services, [data-testid="closed-by-staff"]') !== null;
    const maxScroll = document.documentElement.scrollHeight - height;
    /** Whether some scroll position puts the control in the reach band. */
    const scrollsIntoReach = (box: DOMRect) => {
      const top = box.top + window.scrollY;
      const bottom = box.bottom + window.scrollY;
      return Math.max(0, bottom - height) <= Math.min(maxScroll, top - height * args.reachTop);
    };
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width < args.targetMin || box.height < args.targetMin) {
        failures.push(`${at}: “${name(control)}” is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
      }
      // Cut off: an ancestor that hides its overflow ends before the control does.
      for (let p = control.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'hidden' && style.overflowY !== 'hidden' && style.overflowY !== 'clip')
          continue;
        const clip = p.getBoundingClientRect();
        if (box.bottom > clip.bottom + 1 || box.right > clip.right + 1 || box.left < clip.left - 1) {
          failures.push(`${at}: “${name(control)}” is cut off by ${p.className || p.tagName}`);
        }
      }
      if (args.mode === 'seated' || args.mode === 'largeText+seated') {
        const inBand = box.top >= height * args.reachTop && box.bottom <= height;
        if (!inBand && !(scrolls && scrollsIntoReach(box))) {
          failures.push(
            `${at}: “${name(control)}” is out of reach (${Math.round(box.top)}–${Math.round(box.bottom)} px)`,
          );
        }
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      const wide = [...document.querySelectorAll('.kiosk *')].filter((e) => {
        const box = e.getBoundingClientRect();
        return box.right > root.clientWidth + 1 || box.left < -1;
      });
      const culprit = wide.find((e) => !wide.some((o) => o !== e && e.contains(o))) ?? wide[0];
      failures.push(
        `${at}: scrolls sideways by ${root.scrollWidth - root.clientWidth} px (${culprit?.className} ${culprit?.textContent?.slice(0, 30)})`,
      );
    }
    const rootSize = Number.parseFloat(getComputedStyle(root).fontSize);
    if (args.mode.startsWith('largeText') && !(rootSize > 16))
      failures.push(`${at}: root font ${rootSize} px`);
    if (aaa && args.mode === 'highContrast') {
      const enhanced = await axe.run(document, {
        runOnly: { type: 'rule', values: ['color-contrast-enhanced'] },
        resultTypes: ['violations'],
      });
      for (const v of enhanced.violations) {
        failures.push(`${at}: under 7:1 contrast — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    if (runAxe) {
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: args.tags },
        resultTypes: ['violations'],
      });
      for (const v of result.violations) {
        failures.push(`${at}: axe ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
  };
  const setValue = (element: HTMLElement, value: string) => {
    const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const answerQuestions = async (runAxe: boolean) => {
    const pageSelector = '[data-testid="request-question"]';
    await waitFor({ css: `${pageSelector}, [data-testid="request-location"]` });
    for (let page = document.querySelector(pageSelector); page; ) {
      await check(`question “${heading()?.trim()}”`, runAxe);
      const form = page.querySelector('form');
      const skip = form?.querySelector<HTMLButtonElement>('.button--secondary');
      if (skip) skip.click();
      else {
        const choice = form?.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
        const field = form?.querySelector<HTMLElement>('input[type="text"], input:not([type]), textarea');
        const selects = [...(form?.querySelectorAll('select') ?? [])];
        if (choice) choice.click();
        else if (field) setValue(field, '3');
        for (const select of selects) {
          select.selectedIndex = select.options.length - 1;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        await settle();
        (form?.querySelector<HTMLButtonElement>('button[type="submit"]') ?? form)?.click();
      }
      const until = Date.now() + 10_000;
      while (document.querySelector(pageSelector) === page) {
        if (Date.now() > until) throw new Error(`${args.where}: stuck on question “${heading()}”`);
        await pause();
      }
      page = document.querySelector(pageSelector);
    }
  };
  for (const step of args.steps) {
    if (step.do === 'check') {
      await waitFor(step.ready, step.heading);
      await check(step.screen, step.axe, step.aaa);
    } else if (step.do === 'language') {
      const kiosk = document.querySelector('.kiosk');
      const shown = `${kiosk?.getAttribute('lang')} ${kiosk?.getAttribute('dir')}`;
      if (shown !== `${step.lang} ${step.dir}`) failures.push(`${args.where}: the kiosk is in ${shown}`);
    } else if (step.do === 'reset') {
      const root = document.documentElement;
      const left = ['data-text-size', 'data-contrast', 'data-layout'].filter((a) => root.hasAttribute(a));
      const size = getComputedStyle(root).fontSize;
      if (left.length > 0 || size !== '16px') failures.push(`${args.where}: after the visit ${left} ${size}`);
    } else if (step.do === 'questions') await answerQuestions(step.axe);
    else {
      const element = await waitFor(step.target);
      if (step.do === 'wait') continue;
      if (step.do === 'click') element.click();
      else if (step.do === 'focus') element.focus();
      else setValue(element, step.value);
      // Lets React commit the change before the next step looks for its element.
      await settle();
    }
  }
  return failures;
}
