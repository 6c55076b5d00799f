// One part of the notices list (showing now, upcoming, or ended) as a table: severity, English headline, times
// on the site's clock, where it shows, closing early, version, and Edit / Withdraw for those who may act.
import type { Notice } from '../../../../machines/contracts/notices.js';
import type { NoticePhase } from './noticeGroups.js';
import { t } from './noticesText.js';
import { closingText, endsText, severityText, startsText, targetsText } from './noticeWords.js';

export interface NoticeRowActions {
  edit: (notice: Notice) => void;
  withdraw: (notice: Notice) => void;
}

interface Props {
  phase: NoticePhase;
  notices: readonly Notice[];
  timeZone: string;
  deviceName: (id: string) => string;
  serviceName: (id: string) => string;
  /** null: view only, or a part (ended) that cannot change. */
  actions: NoticeRowActions | null;
}

export function NoticeTable({ phase, notices, timeZone, deviceName, serviceName, actions }: Props) {
  const heading = t(`group.${phase}`, { count: notices.length });
  const headingId = `notices-${phase}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {notices.length === 0 ? (
        <p data-testid={`notices-${phase}-empty`}>{t('group.none')}</p>
      ) : (
        <table className="table" data-testid={`notices-${phase}`}>
          <caption className="visually-hidden">{t('caption', { group: heading })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.severity')}</th>
              <th scope="col">{t('col.headline')}</th>
              <th scope="col">{t('col.starts')}</th>
              <th scope="col">{t('col.ends')}</th>
              <th scope="col">{t('col.targets')}</th>
              <th scope="col">{t('col.closing')}</th>
              <th scope="col">{t('col.version')}</th>
              {actions && <th scope="col">{t('col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {notices.map((notice) => {
              const headline = notice.messages.en?.headline ?? '';
              return (
                <tr key={notice.id} data-testid={`notice-${notice.id}`} data-severity={notice.severity}>
                  <td>
                    <span className={`severity-tag severity-tag--${notice.severity}`}>
                      {severityText(notice.severity)}
                    </span>
                  </td>
                  <th scope="row" lang="en">
                    {headline}
                  </th>
                  <td>{startsText(notice, timeZone)}</td>
                  <td>{endsText(notice, timeZone)}</td>
                  <td>{targetsText(notice.targets, deviceName)}</td>
                  <td>{closingText(notice.closing, serviceName, timeZone)}</td>
                  <td>{notice.version}</td>
                  {actions && (
                    <td>
                      <div className="device-actions">
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => actions.edit(notice)}
                        >
                          {t('action.edit')}
                          <span className="visually-hidden"> {headline}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--warning button--small"
                          onClick={() => actions.withdraw(notice)}
                        >
                          {t('action.withdraw')}
                          <span className="visually-hidden"> {headline}</span>
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
