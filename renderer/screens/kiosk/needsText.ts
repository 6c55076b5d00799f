// Plain words for what a visitor asked for: the interpreter and the access help, as shown on screen.
import type { InterpreterMode, Needs } from '../../../machines/contracts/ticket.js';
import type { KioskText } from './kioskText.js';

/** American Sign Language, as the contract spells it in `interpreter.language`. */
export const ASL = 'ase';

/** ICU select keys cannot contain dashes, so `in-person` is `inPerson` in the catalogs. */
const modeKey = { phone: 'phone', video: 'video', 'in-person': 'inPerson' } as const satisfies Record<
  InterpreterMode,
  string
>;

export function interpreterText({ t }: KioskText, interpreter: Needs['interpreter']): string | null {
  if (!interpreter) return null;
  if (interpreter.language === ASL) return t('interpreter.summaryAsl');
  return t('interpreter.summary', { mode: modeKey[interpreter.mode] });
}

export function accessibilityText({ t }: KioskText, accessibility: Needs['accessibility']): string | null {
  if (accessibility.length === 0) return null;
  return accessibility.map((need) => t(`accessibility.${need}`)).join(', ');
}
