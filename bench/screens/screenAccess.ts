// Browser state each screen needs to open straight onto its working view: a staff session for desk and
// maintenance, an enrolled display's cookie; the kiosk page needs none (its agent holds the credential).
import type { Browser, BrowserContext } from '@playwright/test';
import { enrolDisplay, type Lobby, type StaffAccount } from '../../test/e2e/support/lobby.js';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function stateOf(
  browser: Browser,
  fill: (context: BrowserContext) => Promise<void>,
): Promise<StorageState> {
  const context = await browser.newContext();
  try {
    await fill(context);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Signs `account` in through the hub's API in a scratch context; its session cookie is the state. */
export function staffState(browser: Browser, lobby: Lobby, account: StaffAccount): Promise<StorageState> {
  return stateOf(browser, async (context) => {
    const res = await context.request.post(`${lobby.hub.url}/api/auth/login`, {
      data: { username: account.username, password: account.password },
    });
    if (!res.ok()) throw new Error(`signing in as ${account.username} answered ${res.status()}`);
  });
}

/** Enrols a display (one-time code from the hub's CLI) in a scratch context; its device cookie is the state. */
export function displayState(browser: Browser, lobby: Lobby): Promise<StorageState> {
  return stateOf(browser, (context) => enrolDisplay(context, lobby, 'Benchmark display'));
}
