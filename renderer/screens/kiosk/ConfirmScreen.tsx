// Check your answers: a short summary of the visit, then the one primary action "Get my ticket".
import type { Needs } from '../../../machines/contracts/ticket.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { endonym, useText } from './kioskText.js';
import { accessibilityText, interpreterText } from './needsText.js';
import { Screen } from './Screen.js';

interface ConfirmScreenProps {
  serviceId: string | null;
  needs: Needs;
  send: (event: KioskFlowEvent) => void;
}

export function ConfirmScreen({ serviceId, needs, send }: ConfirmScreenProps) {
  const text = useText();
  const { t, service, lang } = text;
  const rows: [string, string][] = [
    [t('confirm.language'), endonym(lang)],
    [t('confirm.service'), serviceId ? service(`${serviceId}.name`) : ''],
    [t('confirm.interpreter'), interpreterText(text, needs.interpreter) ?? t('confirm.nothing')],
    [t('confirm.accessibility'), accessibilityText(text, needs.accessibility) ?? t('confirm.nothing')],
  ];
  return (
    <Screen title={t('confirm.title')} onBack={() => send({ type: 'visit.back' })}>
      <dl className="summary">
        {rows.map(([label, value]) => (
          <div key={label} className="summary__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="button button--primary"
        onClick={() => send({ type: 'visit.confirm' })}
      >
        {t('confirm.submit')}
      </button>
    </Screen>
  );
}
