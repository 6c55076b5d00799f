// Equal access (Chromium, real hub + kiosk agent). Staff screens by keyboard only: a whole desk turn with
// Tab/Enter/Space/Escape/arrow keys — sign in, pick a counter, call next, arrive, refuse the sign-out warning,
// record an outcome, complete — with a visible focus indicator on every control; new tickets (and an interpreter
// request, with its language code) announced in the desk's live region; in maintenance every control is reached
// by Tab and a confirmation opens and closes by keyboard, focus returning to the button that opened it. The
// kiosk in Arabic is mirrored: a geometric snapshot of each screen (boxes normalised to the viewport, compared
// within a few pixels with __snapshots__/kioskRtl.json) and the mirror properties asserted outright.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type Box, layoutDistance, type ScreenLayout, screenLayout } from './support/kioskLayout.js';
import { issueTicket, lobbyForTheseTests, type StaffAccount, staff } from './support/lobby.js';

const lobby = lobbyForTheseTests();

/** Presses Tab (or Shift+Tab) until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target}`);
}

/** Signs in on the staff sign-in screen by typing only. */
async function signInByKeyboard(page: Page, path: string, account: StaffAccount): Promise<void> {
  await page.goto(`${lobby.hub.url}${path}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await tabTo(page, page.getByLabel('Username', { exact: true }));
  await page.keyboard.type(account.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toContainText(account.displayName);
}

/**
 * Checks that every visible control on the page looks different focused (outline, box shadow, background,
 * border) from unfocused — one evaluate: the unfocused styles first, then each control focused in turn.
 */
async function expectVisibleFocus(page: Page, where: string, atLeast: number): Promise<void> {
  const { checked, missing } = await page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.getClientRects().length > 0 && !el.hasAttribute('disabled'),
    );
    const look = (el: HTMLElement) => {
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
      return [
        outline ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
        s.boxShadow,
        s.backgroundColor,
        s.borderColor,
      ].join(' | ');
    };
    (document.activeElement as HTMLElement | null)?.blur();
    const unfocused = controls.map(look);
    const missing: string[] = [];
    controls.forEach((el, i) => {
      el.focus();
      if (document.activeElement === el && look(el) === unfocused[i]) {
        missing.push(
          el.id || el.getAttribute('aria-label') || el.textContent?.trim() || el.outerHTML.slice(0, 80),
        );
      }
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return { checked: controls.length, missing };
  });
  expect(missing, `controls on ${where} without a visible focus indicator`).toEqual([]);
  expect(checked, `controls checked on ${where}`).toBeGreaterThanOrEqual(atLeast);
}

test('a desk turn by keyboard only, with visible focus and new tickets announced', async ({ page }) => {
  await signInByKeyboard(page, '/desk', staff.desk);
  const counter = page.getByLabel('Counter', { exact: true });
  await tabTo(page, counter);
  await page.keyboard.press('ArrowDown');
  await expect(counter).toHaveValue('counter-2');
  await expectVisibleFocus(page, 'the counter picker', 3);
  await tabTo(page, page.getByRole('button', { name: 'Sign in to this counter' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('counter-status')).toHaveText('Counter 2 is open. You are signed in.');

  const arrivals = page.getByTestId('desk-arrivals');
  await expect(arrivals).toHaveAttribute('role', 'status');
  const plain = await issueTicket(lobby, 'utility-bills');
  await expect(arrivals).toContainText(`New ticket ${plain}`);
  const interpreted = await issueTicket(lobby, 'utility-bills', {
    interpreter: { mode: 'phone', language: 'vi' },
    accessibility: [],
  });
  await expect(arrivals).toContainText(`New ticket ${interpreted}`);
  await expect(arrivals).toContainText('Interpreter: phone, Vietnamese (vi)');
  await expect(arrivals).not.toContainText(plain);

  const callNext = page.getByRole('button', { name: 'Call next' });
  await tabTo(page, callNext);
  await page.keyboard.press('Enter');
  const current = page.getByTestId('current-ticket');
  await expect(current).toBeFocused();
  await expect(current).toHaveText(/^A\d+$/);
  await expectVisibleFocus(page, 'the desk workspace', 20);
  await tabTo(page, page.getByRole('button', { name: 'Visitor arrived' }));
  await page.keyboard.press('Space');
  await expect(page.getByTestId('visitor-status')).toHaveText('Being served');
  // Signing out now would end the visit: the warning takes focus, Escape keeps the counter and returns focus.
  const signOut = page.getByRole('button', { name: 'Sign out of counter' });
  await tabTo(page, signOut, 150);
  await page.keyboard.press('Enter');
  await expect(page.locator('#sign-out-warning')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(signOut).toBeFocused();
  await expect(page.getByTestId('visitor-status')).toHaveText('Being served');
  const outcome = page.getByLabel('Outcome', { exact: true });
  await tabTo(page, outcome, 150, 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(outcome).toHaveValue('resolved');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Complete', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('desk-status')).toContainText('completed');
  await expect(callNext).toBeFocused();
});

test('maintenance: every control is reached by Tab and a confirmation opens and closes by keyboard', async ({
  page,
}) => {
  await signInByKeyboard(page, '/maintenance', staff.admin);
  const disable = page.getByRole('button', { name: `Disable ${staff.desk.username}` });
  await expect(disable).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectVisibleFocus(page, 'maintenance', 100);

  // The staff list is near the end of the page: Shift+Tab walks back to it.
  await tabTo(page, disable, 60, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, disable the account' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(disable).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(disable).toBeFocused();
  await expect(page.getByRole('button', { name: 'Yes, disable the account' })).toBeHidden();

  // Every control in main gets a key (a radio group is one Tab stop: its radios share one); each focus is noted.
  const total = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'main a[href], main button, main input:not([type="hidden"]), main select, main textarea, main [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((el) => el.getClientRects().length > 0 && !el.hasAttribute('disabled'));
    const key = (el: HTMLElement, i: number) =>
      el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : String(i);
    controls.forEach((el, i) => {
      el.dataset.kbd = key(el, i);
    });
    const root = document.documentElement;
    root.dataset.kbdReached = '';
    document.addEventListener('focusin', (event) => {
      const reached = (event.target as HTMLElement).dataset.kbd;
      if (reached !== undefined) root.dataset.kbdReached += ` ${reached}`;
    });
    return new Set(controls.map(key)).size;
  });
  const reachedKeys = () =>
    page.evaluate(() => [
      ...new Set(document.documentElement.dataset.kbdReached?.split(' ').filter(Boolean)),
    ]);
  let reached: string[] = [];
  for (let batch = 0; batch < 20 && reached.length < total; batch += 1) {
    for (let press = 0; press < 25; press += 1) await page.keyboard.press('Tab');
    reached = await reachedKeys();
  }
  const unreached = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
        .filter((el) => !seen.includes(el.dataset.kbd ?? ''))
        .map((el) => el.outerHTML.slice(0, 120)),
    reached,
  );
  expect(unreached, 'controls in main never reached by Tab').toEqual([]);
});

const rtlSnapshot = join(import.meta.dirname, '__snapshots__', 'kioskRtl.json');
/** How far a box edge may move before the snapshot fails: 0.004 of the viewport, about 5 px. */
const layoutTolerance = 0.004;
const rightEdge = (box: Box) => box.x + box.w;

test('the kiosk in Arabic is mirrored, screen by screen, and matches its layout snapshot', async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
  const layouts: Record<string, ScreenLayout> = {};
  const record = async (name: string, heading: Locator) => {
    await expect(heading).toBeVisible();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const { layout, styles } = await screenLayout(page);
    layouts[name] = layout;
    if (name === 'welcome') return layout;
    expect(layout.dir, name).toBe('rtl');
    expect(['right', 'start'], `${name} heading text-align`).toContain(styles.headingAlign);
    if (styles.leadAlign !== null) expect(['right', 'start'], `${name} lead`).toContain(styles.leadAlign);
    const back = layout.back;
    if (back === null) throw new Error(`${name} has no Back button`);
    expect(rightEdge(back), `${name}: Back at the right edge`).toBeGreaterThan(0.9);
    expect(styles.arrowTransform, `${name}: Back arrow mirrored`).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    const bar = layout.topBar;
    expect(bar[0]?.x ?? 0, `${name}: top bar runs right to left`).toBeGreaterThan(bar.at(-1)?.x ?? 1);
    return layout;
  };
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto(`${lobby.agent.url}/kiosk`);
  await record('welcome', h1);
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  await expect(page.getByTestId('purpose-ticket')).toBeVisible();
  await page.locator('.button--language').click();
  await record('language', page.locator('.screen .choices--languages'));
  await page.locator('.screen').getByRole('button', { name: 'العربية', exact: true }).click();
  const purpose = await record('purpose', page.getByTestId('purpose-ticket'));
  await page.getByTestId('purpose-ticket').click();
  await record('service', page.getByTestId('service-housing'));
  await page.getByTestId('service-housing').click();
  await record('needs', page.getByRole('button', { name: 'لا، متابعة', exact: true }));
  await page.getByRole('button', { name: 'لا، متابعة', exact: true }).click();
  await record('confirm', page.getByRole('button', { name: 'الحصول على تذكرتي', exact: true }));
  await page.getByRole('button', { name: 'الحصول على تذكرتي', exact: true }).click();

  const number = page.getByTestId('ticket-number');
  await expect(number).toHaveText(/^H\d{3}$/);
  const isolation = await number.evaluate((el) => ({
    direction: getComputedStyle(el).direction,
    unicodeBidi: getComputedStyle(el).unicodeBidi,
    around: el.parentElement ? getComputedStyle(el.parentElement).direction : '',
  }));
  expect(isolation, 'ticket number: LTR, isolated inside RTL').toEqual({
    direction: 'ltr',
    unicodeBidi: 'isolate',
    around: 'rtl',
  });

  // The same screen in English: Back on the left, its arrow as drawn, at the mirror image of the Arabic one.
  await page.getByRole('button', { name: 'تم', exact: true }).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByTestId('purpose-ticket')).toBeVisible();
  const english = await screenLayout(page);
  expect(english.layout.dir).toBe('ltr');
  expect(english.styles.arrowTransform).toBe('none');
  const backEn = english.layout.back;
  const backAr = purpose.back;
  if (!backEn || !backAr) throw new Error('the purpose screen has no Back button');
  expect(backEn.x, 'English Back at the left edge').toBeLessThan(0.1);
  expect(Math.abs(rightEdge(backAr) - (1 - backEn.x)), 'Back mirrored').toBeLessThan(layoutTolerance);
  await page.close();

  const update = test.info().config.updateSnapshots === 'all' || !existsSync(rtlSnapshot);
  if (update) {
    writeFileSync(rtlSnapshot, `${JSON.stringify(layouts, null, 2)}\n`);
    console.log(`wrote ${rtlSnapshot}`);
    return;
  }
  const committed: unknown = JSON.parse(readFileSync(rtlSnapshot, 'utf8'));
  for (const name of Object.keys(layouts)) {
    const distance = layoutDistance(layouts[name], (committed as Record<string, unknown>)[name]);
    expect(distance, `${name} layout against ${rtlSnapshot}: ${JSON.stringify(layouts[name])}`).toBeLessThan(
      layoutTolerance,
    );
  }
  expect(Object.keys(committed as object).sort()).toEqual(Object.keys(layouts).sort());
});
