// What would you like to do: a ticket to talk with staff, or report a problem / request a City service (room
// for a third choice later). One big button each, with a short hint.
import type { KioskFlowEvent, VisitPurpose } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { Screen } from './Screen.js';

interface PurposeScreenProps {
  send: (event: KioskFlowEvent) => void;
}

const purposes: readonly VisitPurpose[] = ['ticket', 'request'];

export function PurposeScreen({ send }: PurposeScreenProps) {
  const { t } = useText();
  return (
    <Screen title={t('purpose.title')} onBack={() => send({ type: 'visit.back' })}>
      <ul className="choices choices--services">
        {purposes.map((purpose) => (
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
                {t(`purpose.${purpose}`)}
              </span>
              <span id={`purpose-${purpose}-hint`} className="button__hint">
                {t(`purpose.${purpose}Hint`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
