// Picks the component for the current kiosk screen and hands it the parts of the visit it needs.
import { type KioskFlowContext, type KioskFlowEvent, shownEmergency } from '../../../machines/kioskFlow.js';
import { AccessibilityScreen } from './AccessibilityScreen.js';
import { ClosedByStaffScreen } from './ClosedByStaffScreen.js';
import { ConfirmScreen } from './ConfirmScreen.js';
import { InterpreterScreen } from './InterpreterScreen.js';
import { type InfoActor, InfoScreens } from './info/InfoScreens.js';
import { LanguageScreen } from './LanguageScreen.js';
import { NeedsScreen } from './NeedsScreen.js';
import { EmergencyScreen } from './notices/EmergencyScreen.js';
import { PurposeScreen } from './PurposeScreen.js';
import { RequestReceiptScreen } from './request/RequestReceiptScreen.js';
import { type RequestActor, RequestScreens } from './request/RequestScreens.js';
import { ScanStatusScreen } from './ScanStatusScreen.js';
import { ServiceScreen } from './ServiceScreen.js';
import { IssueFailedScreen, IssuingScreen, LoadingScreen, UnavailableScreen } from './StatusScreens.js';
import type { KioskScreen } from './screenFor.js';
import { TicketScreen } from './TicketScreen.js';
import { WelcomeScreen } from './WelcomeScreen.js';

interface ScreenForStateProps {
  screen: KioskScreen;
  context: KioskFlowContext;
  send: (event: KioskFlowEvent) => void;
  /** The running "Report a problem" flow (the kiosk flow's `caseRequest` child), on the request screen. */
  requestActor?: RequestActor;
  /** The running "Find information" flow (the kiosk flow's `information` child), on the info screen. */
  infoActor?: InfoActor;
}

export function ScreenForState({ screen, context, send, requestActor, infoActor }: ScreenForStateProps) {
  const site = context.setup?.site;
  if (screen === 'unavailable') return <UnavailableScreen />;
  if (screen === 'emergency') {
    const emergency = shownEmergency(context);
    return emergency ? (
      <EmergencyScreen notice={emergency} visitLanguage={context.emergencyLanguage} />
    ) : (
      <LoadingScreen />
    );
  }
  if (!site) return <LoadingScreen />;
  switch (screen) {
    case 'loading':
      return <LoadingScreen />;
    case 'welcome':
      return <WelcomeScreen languages={site.languages} status={context.kioskStatus} send={send} />;
    case 'closedByStaff':
      return <ClosedByStaffScreen status={context.kioskStatus} languages={site.languages} />;
    case 'scanStatus':
      return context.scan ? <ScanStatusScreen scan={context.scan} send={send} /> : <LoadingScreen />;
    case 'language':
      return <LanguageScreen languages={site.languages} current={context.language} send={send} />;
    case 'purpose':
      return <PurposeScreen send={send} />;
    case 'request':
      return requestActor ? (
        <RequestScreens actor={requestActor} site={site} sendVisit={send} />
      ) : (
        <LoadingScreen />
      );
    case 'info':
      return infoActor ? <InfoScreens actor={infoActor} site={site} /> : <LoadingScreen />;
    case 'requestReceipt':
      return context.requestResult ? (
        <RequestReceiptScreen result={context.requestResult} send={send} />
      ) : (
        <LoadingScreen />
      );
    case 'service':
      return (
        <ServiceScreen
          services={site.services}
          intake={context.intake}
          timeZone={site.site.timeZone}
          current={context.serviceId}
          notices={context.notices}
          closedEarly={context.closedEarly}
          send={send}
        />
      );
    case 'needs':
      return <NeedsScreen needs={context.needs} send={send} />;
    case 'interpreter':
      return <InterpreterScreen current={context.needs.interpreter} send={send} />;
    case 'accessibility':
      return <AccessibilityScreen chosen={context.needs.accessibility} send={send} />;
    case 'confirm':
      return (
        <ConfirmScreen
          serviceId={context.serviceId}
          needs={context.needs}
          intake={context.intake}
          issueError={context.issueError}
          timeZone={site.site.timeZone}
          notices={context.notices}
          closedEarly={context.closedEarly}
          send={send}
        />
      );
    case 'issuing':
      return <IssuingScreen />;
    case 'ticket':
      return context.result ? (
        <TicketScreen
          result={context.result}
          otherKiosks={context.kioskStatus?.otherKiosks ?? []}
          send={send}
        />
      ) : (
        <IssuingScreen />
      );
    case 'issueFailed':
      return <IssueFailedScreen kind={context.issueError} serviceId={context.serviceId} send={send} />;
  }
}
