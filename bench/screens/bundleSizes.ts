// Built bundle size per screen: the JS and CSS each built HTML page loads (its module script, modulepreload
// and stylesheet links), raw and gzipped at level 9, read from dist/renderer.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const screens = ['kiosk', 'desk', 'display', 'maintenance'] as const;
export type ScreenName = (typeof screens)[number];

export interface ScreenBundle {
  screen: ScreenName;
  /** Asset paths relative to dist/renderer, in the order the page names them. */
  js: string[];
  css: string[];
  jsBytes: number;
  jsGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
}

export const rendererDist = join(import.meta.dirname, '../../dist/renderer');

/** The vite `base` the pages are built with; asset URLs start with it. */
const base = '/app/';

/** Every `src`/`href` of a module script, a modulepreload link or a stylesheet link in the page. */
export function pageAssets(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    const url = attr('src') ?? attr('href');
    if (!url?.startsWith(base)) continue;
    const path = url.slice(base.length);
    const rel = attr('rel');
    if (tag.toLowerCase().startsWith('<script') || rel === 'modulepreload') js.push(path);
    else if (rel === 'stylesheet') css.push(path);
  }
  return { js, css };
}

function sizes(paths: readonly string[]): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const content = readFileSync(join(rendererDist, path));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

/** Throws when dist/renderer is missing: run `npm run build` first. */
export function bundleSizes(): ScreenBundle[] {
  return screens.map((screen) => {
    const page = join(rendererDist, `${screen}.html`);
    if (!statSync(page, { throwIfNoEntry: false })) {
      throw new Error(`${page} is missing: run \`npm run build\` first`);
    }
    const { js, css } = pageAssets(readFileSync(page, 'utf8'));
    const jsSize = sizes(js);
    const cssSize = sizes(css);
    return {
      screen,
      js,
      css,
      jsBytes: jsSize.bytes,
      jsGzipBytes: jsSize.gzipBytes,
      cssBytes: cssSize.bytes,
      cssGzipBytes: cssSize.gzipBytes,
    };
  });
}
