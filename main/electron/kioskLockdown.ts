// The kiosk role's extra locks: no keyboard escapes, no devtools, no zoom, and no request leaves app://lobby.
//
// Blocked here (before-input-event): Alt+F4, Ctrl/Cmd+W/Q/R/N/T/O/P/S/U/L, Ctrl+Shift+I/J/C, F5, F7, F11, F12,
// Alt+Left/Right (history), browser back/forward/refresh keys and Ctrl+plus/minus/0 (zoom).
// NOT blockable by an app, so set up the kiosk computer's OS for them: Alt+Tab, the Windows/Super key,
// Ctrl+Alt+Del, Ctrl+Alt+F1…F12 (Linux virtual terminals) — use a dedicated kiosk user session (Windows
// Assigned Access, or a Linux session that starts only this app with those shortcuts unbound).
// Facilities staff leave through the hidden corner gesture and the exit PIN (kioskApi `staffExit`) instead.
import type { Input, Session, WebContents } from 'electron';
import { APP_ORIGIN } from './appProtocol.js';

const ctrlKeys = new Set(['w', 'q', 'r', 'n', 't', 'o', 'p', 's', 'u', 'l', '+', '=', '-', '0']);
const ctrlShiftKeys = new Set(['i', 'j', 'c', 'r', 'w', 'q', 'n', 't']);
const functionKeys = new Set(['F5', 'F7', 'F11', 'F12']);
const browserKeys = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome']);

type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** True for a key press that would close, reload, leave or inspect the kiosk page. */
export function isBlockedKey(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const command = input.control || input.meta;
  if (functionKeys.has(key) || browserKeys.has(key)) return true;
  if (input.alt && (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight')) return true;
  if (command && input.shift && ctrlShiftKeys.has(key)) return true;
  return command && ctrlKeys.has(key);
}

/** Keyboard escapes, devtools and pinch zoom, for the kiosk page's contents. */
export function lockKioskContents(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKey(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
  contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
}

/** The schemes the kiosk page may load: its own app:// files and inline data/blob media (see the kiosk CSP). */
export function isKioskRequestAllowed(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (!URL.canParse(url)) return false;
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}` === APP_ORIGIN;
}

/**
 * No remote content in the kiosk role: every request from the kiosk's session that is not app://lobby is
 * cancelled (the agent talks to the hub from the main process, never from the page).
 */
export function blockRemoteRequests(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isKioskRequestAllowed(details.url) });
  });
}
