// The Find information screens with no topic list: getting the topics, information not available here, printing,
// a printed slip, and a slip that did not print (what to do instead: a photo of the screen, or the front desk).
import type { InfoGroup, InfoTopic } from '../../../../machines/contracts/info.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import type { InfoFlowEvent, PrintFailure } from '../../../../machines/infoFlow.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { DoneButton, TalkButton } from './TalkButton.js';
import { TopicDetails } from './TopicDetails.js';

type Send = (event: InfoFlowEvent) => void;

export function InfoBusyScreen({ status }: { status: 'loading' | 'printing' }) {
  const { info: t } = useText();
  return (
    <section className="screen screen--status">
      <div className="spinner" aria-hidden="true" />
      <p role="status" className="screen__lead">
        {t(status === 'loading' ? 'loading.status' : 'printing.status')}
      </p>
    </section>
  );
}

export function InfoFailedScreen({ send }: { send: Send }) {
  const { info: t } = useText();
  return (
    <Screen
      title={t('failed.title')}
      lead={t('failed.body')}
      testId="info-unavailable"
      onBack={() => send({ type: 'info.back' })}
    >
      <DoneButton send={send} />
    </Screen>
  );
}

interface AfterPrintProps {
  topic: InfoTopic | null;
  site: SiteConfig;
  send: Send;
}

export function PrintedScreen({ topic, site, send }: AfterPrintProps) {
  const { info: t } = useText();
  return (
    <Screen title={t('printed.title')} lead={t('printed.body')} onBack={() => send({ type: 'info.back' })}>
      <TalkButton topic={topic} site={site} send={send} />
      <DoneButton send={send} />
    </Screen>
  );
}

interface PrintFailedProps extends AfterPrintProps {
  failure: PrintFailure | null;
  groups: readonly InfoGroup[];
}

/** Shows the topic again under the advice, so a photo of the screen has everything the slip would have. */
export function PrintFailedScreen({ topic, site, failure, groups, send }: PrintFailedProps) {
  const { lang, info: t } = useText();
  return (
    <Screen title={t('printFailed.title')} onBack={() => send({ type: 'info.back' })}>
      <div role="alert" className="notice notice--closed" data-testid="info-print-failed">
        <p>{t(failure === 'no-printer' ? 'printFailed.noPrinter' : 'printFailed.error')}</p>
        <p>{t('printFailed.advice')}</p>
      </div>
      {failure !== 'no-printer' && (
        <button type="button" className="button button--primary" onClick={() => send({ type: 'info.print' })}>
          {t('printFailed.retry')}
        </button>
      )}
      <TalkButton topic={topic} site={site} send={send} />
      <DoneButton send={send} />
      {topic && <TopicDetails topic={topic} groups={groups} language={lang} headingLevel={2} />}
    </Screen>
  );
}
