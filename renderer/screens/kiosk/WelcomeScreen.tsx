// Welcome: the attract screen with one big Start button, and each site language as its own button; a calm
// notice when this kiosk cannot print (the visitor can still take a ticket).
import type { KioskStatus } from '../../../machines/contracts/kioskApi.js';
import { type KioskFlowEvent, printerCannotPrint } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { LanguageButtons } from './LanguageButtons.js';
import { PrinterNotice } from './PrinterNotice.js';
import { Screen } from './Screen.js';

interface WelcomeScreenProps {
  languages: readonly string[];
  status: KioskStatus | null;
  send: (event: KioskFlowEvent) => void;
}

export function WelcomeScreen({ languages, status, send }: WelcomeScreenProps) {
  const { t } = useText();
  return (
    <Screen title={t('welcome.title')} lead={t('welcome.lead')} className="screen--welcome">
      {printerCannotPrint(status) && <PrinterNotice otherKiosks={status?.otherKiosks ?? []} />}
      <button
        type="button"
        className="button button--primary button--start"
        onClick={() => send({ type: 'visit.start' })}
      >
        {t('welcome.start')}
      </button>
      <h2 className="screen__subtitle">{t('welcome.languages')}</h2>
      <LanguageButtons languages={languages} send={send} />
    </Screen>
  );
}
