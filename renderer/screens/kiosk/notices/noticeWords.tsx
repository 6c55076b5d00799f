// A notice's words in the visitor's language, or in English marked `lang="en"` with a visible "(in English)";
// and the reason a service stopped taking tickets early (the notice's headline, or a plain sentence).
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import { noticeText } from '../../../../machines/notices/activeNotices.js';
import { useText } from '../kioskText.js';

interface NoticeWordsProps {
  notice: DeviceNotice;
  /** Show the body under the headline (the banner does; a closing reason shows the headline only). */
  withBody?: boolean;
}

export function NoticeWords({ notice, withBody = true }: NoticeWordsProps) {
  const { lang, info: t } = useText();
  const { message, language, fallback } = noticeText(notice, lang);
  return (
    <>
      <span className="notice__headline" lang={fallback ? language : undefined}>
        {message.headline}
      </span>
      {fallback && <span className="notice__fallback"> {t('notice.inEnglish')}</span>}
      {withBody && message.body !== '' && (
        <span className="notice__body" lang={fallback ? language : undefined}>
          {message.body}
        </span>
      )}
    </>
  );
}

/** Why a service stopped taking tickets: its closing-early notice's headline, or a plain sentence. */
export function ClosingEarlyReason({ notice }: { notice: DeviceNotice | null }) {
  const { info: t } = useText();
  return (
    <span className="closing-reason" data-testid="closing-early">
      {notice ? <NoticeWords notice={notice} withBody={false} /> : t('closing.generic')}
    </span>
  );
}
