// Why did you come in: one big button per site service, its name and a short hint from the services catalog.
import type { ServiceConfig } from '../../../machines/contracts/site.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { Screen } from './Screen.js';

interface ServiceScreenProps {
  services: readonly ServiceConfig[];
  current: string | null;
  send: (event: KioskFlowEvent) => void;
}

export function ServiceScreen({ services, current, send }: ServiceScreenProps) {
  const { t, service } = useText();
  return (
    <Screen title={t('service.title')} lead={t('service.lead')} onBack={() => send({ type: 'visit.back' })}>
      <ul className="choices choices--services">
        {services.map(({ id }) => (
          <li key={id}>
            <button
              type="button"
              className="button button--choice button--service"
              aria-labelledby={`service-${id}-name`}
              aria-describedby={`service-${id}-hint`}
              aria-current={id === current ? 'true' : undefined}
              onClick={() => send({ type: 'service.chosen', serviceId: id })}
            >
              <span id={`service-${id}-name`} className="button__name">
                {service(`${id}.name`)}
              </span>
              <span id={`service-${id}-hint`} className="button__hint">
                {service(`${id}.hint`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
