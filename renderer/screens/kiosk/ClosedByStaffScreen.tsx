// Taken out of service by facilities: their message in large text, the kiosks visitors can use instead, and
// the front desk; the heading and the front desk line are repeated in the site's other languages.
import type { KioskStatus } from '../../../machines/contracts/kioskApi.js';
import { kioskText, useText } from './kioskText.js';
import { Screen } from './Screen.js';
import { namesText } from './statusText.js';

interface ClosedByStaffScreenProps {
  status: KioskStatus | null;
  languages: readonly string[];
}

export function ClosedByStaffScreen({ status, languages }: ClosedByStaffScreenProps) {
  const text = useText();
  const { t } = text;
  const others = status?.otherKiosks ?? [];
  return (
    <Screen title={t('closed.title')} className="screen--closed" testId="closed-by-staff">
      {status?.outOfService && <p className="closed__message">{status.outOfService.message}</p>}
      {others.length > 0 && (
        <p className="closed__others">{t('closed.otherKiosks', { names: namesText(text, others) })}</p>
      )}
      <p className="screen__lead">{t('closed.frontDesk')}</p>
      {languages
        .filter((lang) => lang !== text.lang)
        .map((lang) => {
          const other = kioskText(lang);
          return (
            <div key={lang} lang={lang} dir={other.dir} className="screen__other-language">
              <h2 className="screen__subtitle">{other.t('closed.title')}</h2>
              {others.length > 0 && (
                <p>{other.t('closed.otherKiosks', { names: namesText(other, others) })}</p>
              )}
              <p>{other.t('closed.frontDesk')}</p>
            </div>
          );
        })}
    </Screen>
  );
}
