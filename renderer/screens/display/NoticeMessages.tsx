// One notice's text in every language it has, English first, each block marked with its `lang` so voices,
// fonts and screen readers treat it as that language.
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import { noticeLanguages } from '../../../machines/displayAnnouncer/noticeQueue.js';
import { textDirection } from '../../i18n/direction.js';

interface Props {
  notice: DeviceNotice;
  /** The heading level of the headlines (2 on the emergency screen, 3 in the notices panel). */
  level: 2 | 3;
  className: string;
}

export function NoticeMessages({ notice, level, className }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {noticeLanguages(notice).map((language) => {
        const message = notice.messages[language];
        if (!message) return null;
        return (
          <div
            key={language}
            lang={language}
            dir={textDirection(language)}
            className={`${className}__message`}
          >
            <Heading className={`${className}__headline`}>{message.headline}</Heading>
            {message.body && <p className={`${className}__body`}>{message.body}</p>}
          </div>
        );
      })}
    </>
  );
}
