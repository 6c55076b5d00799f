// The kiosk screen: runs the visit-flow machine over the bridge and shows the screen for its current state, with
// the information and warning notices as a banner; an emergency notice replaces everything (no bar, no dialogs).
import { useMachine } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fromPromise } from 'xstate';
import { caseRequestFlowMachine } from '../../../machines/caseRequestFlow.js';
import type { InfoVisit } from '../../../machines/contracts/info.js';
import type {
  KioskBridge,
  PrintReferralInput,
  SubmitRequestInput,
  TakeTicketInput,
} from '../../../machines/contracts/kioskApi.js';
import { infoFlowMachine } from '../../../machines/infoFlow.js';
import {
  bannerNotices,
  idleTimeoutsFor,
  kioskFlowMachine,
  noticesWatcher,
  scanWatcher,
} from '../../../machines/kioskFlow.js';
import { SpeechModeContext } from '../../speech/speechModeContext.js';
import { useSpeechMode } from '../../speech/useSpeechMode.js';
import { AccessModesDialog } from './AccessModesDialog.js';
import { HelpDialog } from './HelpDialog.js';
import { IdleWarning } from './IdleWarning.js';
import { KioskTextContext, kioskText } from './kioskText.js';
import { NoticeBanner } from './notices/NoticeBanner.js';
import { ScreenForState } from './ScreenForState.js';
import { StaffExitDialog } from './StaffExitDialog.js';
import { isIdleWarning, screenFor } from './screenFor.js';
import { useStaffExitGesture } from './staffExitGesture.js';
import { TopBar } from './TopBar.js';
import { useModesOnRoot } from './useModesOnRoot.js';

interface KioskAppProps {
  bridge: KioskBridge;
  newRequestId: () => string;
}

export function KioskApp({ bridge, newRequestId }: KioskAppProps) {
  const machine = useMemo(
    () =>
      kioskFlowMachine.provide({
        actors: {
          loadSetup: fromPromise(() => bridge.getSetup({})),
          loadIntake: fromPromise(() => bridge.getIntake({})),
          loadStatus: fromPromise(() => bridge.getStatus({})),
          waitForScan: scanWatcher((input) => bridge.waitForScan(input)),
          watchNotices: noticesWatcher((input) => bridge.waitForNotices(input)),
          recordInfoVisit: fromPromise(({ input }: { input: InfoVisit }) => bridge.recordInfoVisit(input)),
          infoFlow: infoFlowMachine.provide({
            actors: {
              loadInfoContent: fromPromise(() => bridge.getInfoContent({})),
              printReferral: fromPromise(({ input }: { input: PrintReferralInput }) =>
                bridge.printReferral(input),
              ),
            },
          }),
          takeTicket: fromPromise(({ input }: { input: TakeTicketInput }) => bridge.takeTicket(input)),
          caseRequestFlow: caseRequestFlowMachine.provide({
            actors: {
              loadCatalog: fromPromise(() => bridge.getCaseCatalog({})),
              submitRequest: fromPromise(({ input }: { input: SubmitRequestInput }) =>
                bridge.submitRequest(input),
              ),
            },
          }),
        },
      }),
    [bridge],
  );
  const [snapshot, send] = useMachine(machine, { input: { newRequestId, now: () => new Date() } });
  const { context } = snapshot;
  const text = useMemo(() => kioskText(context.language), [context.language]);
  const screen = screenFor(snapshot);
  const [helpOpen, setHelpOpen] = useState(false);
  const [displayOpen, setDisplayOpen] = useState(false);
  const [staffExitOpen, setStaffExitOpen] = useState(false);
  useStaffExitGesture(useCallback(() => setStaffExitOpen(true), []));
  useModesOnRoot(context.modes);
  const speech = useSpeechMode({
    lang: text.lang,
    t: text.t,
    screen,
    audio: context.modes.audio,
    setAudio: useCallback((on: boolean) => send({ type: 'modes.set', mode: 'audio', on }), [send]),
    onHelp: useCallback(() => setHelpOpen(true), []),
  });

  // The page's language follows the visitor's choice, so assistive tech reads it in the right voice.
  useEffect(() => {
    document.documentElement.lang = text.lang;
    document.documentElement.dir = text.dir;
    document.title = text.t('bar.title');
  }, [text]);

  // Any touch or key counts as activity and restarts the idle timer (capture: before the button acts).
  useEffect(() => {
    const onInput = () => send({ type: 'activity' });
    window.addEventListener('pointerdown', onInput, true);
    window.addEventListener('keydown', onInput, true);
    return () => {
      window.removeEventListener('pointerdown', onInput, true);
      window.removeEventListener('keydown', onInput, true);
    };
  }, [send]);

  // Help and the display options close when the visit resets to welcome, so the next visitor starts clean.
  useEffect(() => {
    if (screen === 'welcome') {
      setHelpOpen(false);
      setDisplayOpen(false);
    }
  }, [screen]);

  const languages = context.setup?.site.languages ?? [text.lang];
  const inVisit = snapshot.matches('visit');
  // Not while reporting a problem or finding information: changing the language would leave that flow.
  const showLanguage = (inVisit && screen !== 'request' && screen !== 'info') || screen === 'welcome';
  const showRestart = inVisit || screen === 'issueFailed';

  if (screen === 'emergency') {
    return (
      <KioskTextContext.Provider value={text}>
        <div className="kiosk kiosk--emergency" lang={text.lang} dir={text.dir} ref={speech.rootRef}>
          <main className="kiosk__main">
            <ScreenForState screen={screen} context={context} send={send} />
          </main>
        </div>
      </KioskTextContext.Provider>
    );
  }

  return (
    <KioskTextContext.Provider value={text}>
      <SpeechModeContext.Provider value={speech}>
        <div className="kiosk" lang={text.lang} dir={text.dir} ref={speech.rootRef}>
          <TopBar
            languages={languages}
            onHelp={() => setHelpOpen(true)}
            onDisplay={() => setDisplayOpen(true)}
            onLanguage={showLanguage ? () => send({ type: 'language.open' }) : undefined}
            onRestart={showRestart ? () => send({ type: 'visit.restart' }) : undefined}
          />
          <NoticeBanner notices={bannerNotices(context)} />
          <main className="kiosk__main" key={screen}>
            <ScreenForState
              screen={screen}
              context={context}
              send={send}
              requestActor={snapshot.children.caseRequest}
              infoActor={snapshot.children.information}
            />
          </main>
          {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
          {displayOpen && (
            <AccessModesDialog modes={context.modes} send={send} onClose={() => setDisplayOpen(false)} />
          )}
          {staffExitOpen && (
            <StaffExitDialog staffExit={bridge.staffExit} onClose={() => setStaffExitOpen(false)} />
          )}
          {isIdleWarning(snapshot) && context.setup && (
            <IdleWarning
              graceSeconds={idleTimeoutsFor(context.modes, context.setup.site.kiosk).graceSeconds}
              onExtend={() => send({ type: 'idle.extend' })}
            />
          )}
        </div>
      </SpeechModeContext.Provider>
    </KioskTextContext.Provider>
  );
}
