// What would you like to do: a ticket to talk with staff, report a problem / request a City service, or find
// information. One big button each, with a short hint.
import type { KioskFlowEvent, VisitPurpose } from '../../../machines/kioskFlow.js';
import { type KioskText, useText } from './kioskText.js';
import { Screen } from './Screen.js';

interface PurposeScreenProps {
  send: (event: KioskFlowEvent) => void;
}

const purposes: readonly VisitPurpose[] = ['ticket', 'request', 'information'];

/** A purpose's name and hint ("Find information" has its words in the `info` catalog). */
function purposeWords({ t, info }: KioskText, purpose: VisitPurpose): { name: string; hint: string } {
  const translate = purpose === 'information' ? info : t;
  return { name: translate(`purpose.${purpose}`), hint: translate(`purpose.${purpose}Hint`) };
}

export function PurposeScreen({ send }: PurposeScreenProps) {
  const text = useText();
  return (
    <Screen title={text.t('purpose.title')} onBack={() => send({ type: 'visit.back' })}>
      <ul className="choices choices--services">
        {purposes.map((purpose) => {
          const { name, hint } = purposeWords(text, purpose);
          return (
            <li key={purpose}>
              <button
                type="button"
                className="button button--choice"
                aria-labelledby={`purpose-${purpose}-name`}
                aria-describedby={`purpose-${purpose}-hint`}
                data-testid={`purpose-${purpose}`}
                onClick={() => send({ type: 'purpose.chosen', purpose })}
              >
                <span id={`purpose-${purpose}-name`} className="button__name">
                  {name}
                </span>
                <span id={`purpose-${purpose}-hint`} className="button__hint">
                  {hint}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
