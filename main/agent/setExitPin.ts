// `set-exit-pin` (agent CLI and the Electron `--set-exit-pin` flag): read the facilities PIN, store its hash.
import { defaultKdf, type KdfParams } from '../secrets/passwords.js';
import { readSecretLine } from '../secrets/readSecretLine.js';
import { EXIT_PIN, hashExitPin } from './exitPin.js';
import { saveExitPinHash } from './settings.js';

/** Resolves with the line to print on success; rejects with a one-line reason. */
export async function setExitPinFromStdin(dataDir: string, params: KdfParams = defaultKdf): Promise<string> {
  const pin = (await readSecretLine('Facilities exit PIN (6 to 12 digits): '))?.trim() ?? null;
  if (pin === null || pin === '') throw new Error('no PIN was given on stdin');
  if (!EXIT_PIN.test(pin)) throw new Error('the exit PIN must be 6 to 12 digits');
  saveExitPinHash(dataDir, await hashExitPin(pin, params));
  return `exit PIN saved (hashed) in ${dataDir}`;
}
