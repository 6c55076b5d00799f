// The lobby display's notices panel under the calls: each showing notice with its severity in words (never
// colour alone) and its text in every language it has. The region stays in the page so a new notice is announced.
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import type { Translate } from '../../../machines/i18n/translate.js';
import { NoticeMessages } from './NoticeMessages.js';

export function NoticesPanel({ t, notices }: { t: Translate; notices: DeviceNotice[] }) {
  return (
    <section
      className="notices"
      data-testid="display-notices"
      aria-live="polite"
      aria-labelledby={notices.length > 0 ? 'notices-heading' : undefined}
    >
      {notices.length > 0 && (
        <>
          <h2 id="notices-heading" className="visually-hidden">
            {t('notices.heading')}
          </h2>
          {notices.map((notice) => (
            <article
              key={notice.id}
              className={`display-notice display-notice--${notice.severity}`}
              data-testid="display-notice"
            >
              <p className="display-notice__severity">{t(`notice.severity.${notice.severity}`)}</p>
              <div className="display-notice__text">
                <NoticeMessages notice={notice} level={3} className="display-notice" />
              </div>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
