// Shows the Find information flow's current screen. The flow runs as the kiosk flow's child actor: its screens
// send to it. Each screen gets a fresh mount (focus on its heading).
import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import { currentTopic, type InfoFlowMachine } from '../../../../machines/infoFlow.js';
import { BrowseScreen } from './BrowseScreen.js';
import { InfoBusyScreen, InfoFailedScreen, PrintedScreen, PrintFailedScreen } from './InfoStatusScreens.js';
import { TopicScreen } from './TopicScreen.js';

export type InfoActor = ActorRefFrom<InfoFlowMachine>;

interface InfoScreensProps {
  actor: InfoActor;
  site: SiteConfig;
}

export function InfoScreens({ actor, site }: InfoScreensProps) {
  const snapshot = useSelector(actor, (s) => s);
  const { context } = snapshot;
  const send = actor.send;
  const state = String(snapshot.value);
  const topic = currentTopic(context);
  const screen = (() => {
    switch (state) {
      case 'failed':
        return <InfoFailedScreen send={send} />;
      case 'browse':
        return <BrowseScreen context={context} send={send} />;
      case 'topic':
        return topic && context.content ? (
          <TopicScreen topic={topic} groups={context.content.groups} site={site} send={send} />
        ) : null;
      case 'printing':
        return <InfoBusyScreen status="printing" />;
      case 'printed':
        return <PrintedScreen topic={topic} site={site} send={send} />;
      case 'printFailed':
        return (
          <PrintFailedScreen
            topic={topic}
            site={site}
            failure={context.printFailure}
            groups={context.content?.groups ?? []}
            send={send}
          />
        );
      default:
        return <InfoBusyScreen status="loading" />;
    }
  })();
  return (
    <div key={`${state}-${context.topicId ?? ''}`} className="info" data-testid={`info-${state}`}>
      {screen}
    </div>
  );
}
