// GET /desk, /display, /maintenance and /app/*: the built renderer, or 503 "run npm run build first".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
let built: string;

beforeAll(() => {
  built = mkdtempSync(join(tmpdir(), 'lobby311-renderer-'));
  mkdirSync(join(built, 'assets'));
  for (const screen of ['desk', 'display', 'maintenance']) {
    writeFileSync(
      join(built, `${screen}.html`),
      `<!doctype html><title>${screen}</title><script type="module" src="/app/assets/${screen}.js"></script>`,
    );
  }
  writeFileSync(join(built, 'assets', 'desk.js'), 'console.log("desk");');
});
afterAll(() => rmSync(built, { recursive: true, force: true }));
afterEach(() => hub.close());

describe('the screens, once built', () => {
  it.each(['desk', 'display', 'maintenance'])('serves /%s with security headers', async (screen) => {
    hub = await startTestHub({ rendererDir: built });
    const res = await hub.app.inject(`/${screen}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<title>${screen}</title>`);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the assets the built HTML references under /app/', async () => {
    hub = await startTestHub({ rendererDir: built });
    const res = await hub.app.inject('/app/assets/desk.js');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log("desk");');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers 404 for an asset that does not exist', async () => {
    hub = await startTestHub({ rendererDir: built });
    expect((await hub.app.inject('/app/assets/nope.js')).statusCode).toBe(404);
  });
});

describe('the screens, before npm run build', () => {
  it.each(['/desk', '/display', '/maintenance', '/app/assets/desk.js'])(
    'answer %s with 503 and what to run',
    async (url) => {
      hub = await startTestHub({ rendererDir: join(built, 'missing') });
      const res = await hub.app.inject(url);
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('run npm run build first');
    },
  );
});
