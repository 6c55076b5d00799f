// What access help do you need: toggle buttons (choose all that apply), then Done.
import {
  type AccessibilityNeed,
  AccessibilityNeed as AccessibilityNeeds,
} from '../../../machines/contracts/ticket.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { Screen } from './Screen.js';

interface AccessibilityScreenProps {
  chosen: readonly AccessibilityNeed[];
  send: (event: KioskFlowEvent) => void;
}

export function AccessibilityScreen({ chosen, send }: AccessibilityScreenProps) {
  const { t } = useText();
  return (
    <Screen
      title={t('accessibility.title')}
      lead={t('accessibility.lead')}
      onBack={() => send({ type: 'visit.back' })}
    >
      <ul className="choices">
        {AccessibilityNeeds.options.map((need) => {
          const pressed = chosen.includes(need);
          return (
            <li key={need}>
              <button
                type="button"
                className="button button--choice button--toggle"
                aria-pressed={pressed}
                onClick={() => send({ type: 'accessibility.toggled', need })}
              >
                <span aria-hidden="true" className="button__check">
                  {pressed ? '✓' : ''}
                </span>
                <span className="button__name">{t(`accessibility.${need}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'accessibility.done' })}
      >
        {t('accessibility.done')}
      </button>
    </Screen>
  );
}
