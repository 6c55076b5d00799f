// "Talk to someone": a ticket for the desk that handles the topic, shown only when such a desk service exists.
import type { InfoTopic } from '../../../../machines/contracts/info.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import { deskServiceFor, type InfoFlowEvent } from '../../../../machines/infoFlow.js';
import { useText } from '../kioskText.js';

interface TalkButtonProps {
  topic: InfoTopic | null;
  site: SiteConfig;
  send: (event: InfoFlowEvent) => void;
}

export function TalkButton({ topic, site, send }: TalkButtonProps) {
  const { info: t } = useText();
  if (deskServiceFor(topic, site) === null) return null;
  return (
    <button
      type="button"
      className="button button--choice"
      aria-labelledby="info-talk-name"
      aria-describedby="info-talk-hint"
      data-testid="info-talk"
      onClick={() => send({ type: 'info.talk' })}
    >
      <span id="info-talk-name" className="button__name">
        {t('topic.talk')}
      </span>
      <span id="info-talk-hint" className="button__hint">
        {t('topic.talkHint')}
      </span>
    </button>
  );
}

/** Done: the information part ends and the kiosk is ready for the next visitor. */
export function DoneButton({ send }: { send: (event: InfoFlowEvent) => void }) {
  const { info: t } = useText();
  return (
    <button
      type="button"
      className="button button--secondary"
      data-testid="info-done"
      onClick={() => send({ type: 'info.done' })}
    >
      {t('topic.done')}
    </button>
  );
}
