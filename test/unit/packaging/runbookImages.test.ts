// docs/runbook-facilities.md: every screenshot it shows exists, is one small viewport, and is one that
// scripts/runbookScreenshots.ts takes (so re-running the script refreshes all of them).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../main/paths.js';

const docsDir = join(projectRoot, 'docs');
const runbook = readFileSync(join(docsDir, 'runbook-facilities.md'), 'utf8');
const shown = [...runbook.matchAll(/!\[([^\]]*)\]\((images\/[^)]+\.png)\)/g)].map((m) => ({
  alt: m[1] ?? '',
  path: m[2] ?? '',
}));
const taken = [
  ...readFileSync(join(projectRoot, 'scripts', 'runbookScreenshots.ts'), 'utf8').matchAll(
    /shoot\(\s*page,[^;]*?'([a-z-]+)'\s*,?\s*\)/gs,
  ),
].map((m) => `images/${m[1]}.png`);

describe('the facilities runbook screenshots', () => {
  it('shows exactly the screenshots the script takes', () => {
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.map((s) => s.path).sort()).toEqual([...taken].sort());
  });

  it.each(shown)('$path is a 1280×800 PNG of at most 200 KB with a description', ({ alt, path }) => {
    const file = join(docsDir, path);
    const png = readFileSync(file);
    expect(png.toString('latin1', 1, 4)).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    expect(statSync(file).size).toBeLessThanOrEqual(200 * 1024);
    expect(alt.length).toBeGreaterThan(20);
  });
});
