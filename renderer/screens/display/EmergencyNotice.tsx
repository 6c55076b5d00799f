// An emergency takes the lobby display: its headline and instructions, large, in every language it has. The
// calls are hidden while it shows (the announcer holds call announcements back and repeats the emergency).
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { Translate } from '../../../machines/i18n/translate.js';
import { NoticeMessages } from './NoticeMessages.js';

export function EmergencyNotice({ t, emergencies }: { t: Translate; emergencies: DeviceNotice[] }) {
  return (
    <section
      className="emergency"
      data-testid="display-emergency"
      role="alert"
      aria-labelledby="emergency-label"
    >
      <p id="emergency-label" className="emergency__label">
        {t('notice.severity.emergency')}
      </p>
      {emergencies.map((notice) => (
        <div key={notice.id} className="emergency__notice">
          <NoticeMessages notice={notice} level={2} className="emergency" />
        </div>
      ))}
    </section>
  );
}
