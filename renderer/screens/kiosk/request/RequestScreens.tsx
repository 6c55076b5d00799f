// Shows the request flow's current screen. The flow runs as the kiosk flow's child actor: its screens send
// their answers to it, and Start over to the kiosk flow. Each screen gets a fresh mount (focus on its heading).
import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import type { CaseRequestFlowMachine } from '../../../../machines/caseRequestFlow.js';
import type { SiteConfig } from '../../../../machines/contracts/site.js';
import type { KioskFlowEvent } from '../../../../machines/kioskFlow.js';
import { CategoryScreen } from './CategoryScreen.js';
import { ContactScreen } from './ContactScreen.js';
import { DescriptionScreen } from './DescriptionScreen.js';
import { LocationScreen } from './LocationScreen.js';
import { QuestionScreen } from './QuestionScreen.js';
import { CatalogUnavailableScreen, RequestBusyScreen, RequestFailedScreen } from './RequestStatusScreens.js';
import { ReviewScreen } from './ReviewScreen.js';

export type RequestActor = ActorRefFrom<CaseRequestFlowMachine>;

interface RequestScreensProps {
  actor: RequestActor;
  site: SiteConfig;
  sendVisit: (event: KioskFlowEvent) => void;
}

export function RequestScreens({ actor, site, sendVisit }: RequestScreensProps) {
  const snapshot = useSelector(actor, (s) => s);
  const { context } = snapshot;
  const send = actor.send;
  const state = String(snapshot.value);
  const page = context.cursor.kind === 'question' ? context.cursor.page : '';
  const place = { name: site.site.name, address: site.caseRequests.here.address };
  const screen = (() => {
    switch (state) {
      case 'catalogUnavailable':
        return <CatalogUnavailableScreen send={send} sendVisit={sendVisit} />;
      case 'category':
        return <CategoryScreen context={context} send={send} />;
      case 'question':
        return <QuestionScreen context={context} send={send} />;
      case 'location':
        return <LocationScreen context={context} place={place} send={send} />;
      case 'description':
        return <DescriptionScreen context={context} send={send} />;
      case 'contact':
        return <ContactScreen context={context} send={send} />;
      case 'review':
        return <ReviewScreen context={context} placeName={place.name} send={send} />;
      case 'failed':
        return <RequestFailedScreen send={send} sendVisit={sendVisit} />;
      case 'submitting':
      case 'done':
        return <RequestBusyScreen status="submitting" />;
      default:
        return <RequestBusyScreen status="loading" />;
    }
  })();
  return (
    <div key={`${state}-${page}`} className="request" data-testid={`request-${state}`}>
      {screen}
    </div>
  );
}
