// Do you need an interpreter or help with access? "No, continue" is the main answer; the others open a question.
import type { Needs } from '../../../machines/contracts/ticket.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { accessibilityText, interpreterText } from './needsText.js';
import { Screen } from './Screen.js';

interface NeedsScreenProps {
  needs: Needs;
  send: (event: KioskFlowEvent) => void;
}

export function NeedsScreen({ needs, send }: NeedsScreenProps) {
  const text = useText();
  const { t } = text;
  const interpreter = interpreterText(text, needs.interpreter);
  const accessibility = accessibilityText(text, needs.accessibility);
  const nothingChosen = !interpreter && !accessibility;
  return (
    <Screen title={t('needs.title')} lead={t('needs.lead')} onBack={() => send({ type: 'visit.back' })}>
      <button type="button" className="button button--primary" onClick={() => send({ type: 'needs.chosen' })}>
        {nothingChosen ? t('needs.none') : t('needs.continue')}
      </button>
      <ul className="choices">
        <li>
          <button
            type="button"
            className="button button--choice"
            aria-labelledby="needs-interpreter-name"
            aria-describedby={interpreter ? 'needs-interpreter-chosen' : undefined}
            onClick={() => send({ type: 'interpreter.open' })}
          >
            <span id="needs-interpreter-name" className="button__name">
              {t('needs.interpreter')}
            </span>
            {interpreter && (
              <span id="needs-interpreter-chosen" className="button__hint button__hint--chosen">
                <span aria-hidden="true">✓ </span>
                {interpreter}
              </span>
            )}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="button button--choice"
            aria-labelledby="needs-accessibility-name"
            aria-describedby={accessibility ? 'needs-accessibility-chosen' : undefined}
            onClick={() => send({ type: 'accessibility.open' })}
          >
            <span id="needs-accessibility-name" className="button__name">
              {t('needs.accessibility')}
            </span>
            {accessibility && (
              <span id="needs-accessibility-chosen" className="button__hint button__hint--chosen">
                <span aria-hidden="true">✓ </span>
                {accessibility}
              </span>
            )}
          </button>
        </li>
      </ul>
    </Screen>
  );
}
