// The lobby display once admitted: follows the display stream, keeps the hub's clock, hands calls, the notices
// (with the hub's clock, at every moment the showing set changes) and the languages it has voices for to the
// announcer.
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import { applyDisplayMessage, type DisplayView, emptyDisplayView } from '../../../machines/queueView.js';
import type { ConnectionState, HubBridge } from '../../bridge/hubBridge.js';
import { catalogs } from '../../i18n/catalogs.js';
import { useNow } from '../../shared/useNow.js';
import { voicedLanguages } from './announcementText.js';
import { createChime, type SoundState } from './chime.js';
import { DisplayBoard } from './DisplayBoard.js';
import { announcerFor } from './displayAnnouncerActors.js';
import { t } from './displayText.js';
import { clockOffset, formatClock } from './hubClock.js';
import { spokenNoticeText } from './noticeText.js';
import { loadVoices, unlockSpeech } from './speech.js';
import { useShowingNotices } from './useShowingNotices.js';

const healthEveryMs = 10 * 60_000;

export function DisplayLive({ bridge }: { bridge: HubBridge }) {
  const [chime] = useState(createChime);
  const [sound, setSound] = useState<SoundState>(() => chime.state());
  const [announcer] = useState(() => announcerFor(chime, () => setSound('blocked')));
  const announcerRef = useActorRef(announcer);
  const [view, setView] = useState<DisplayView>(emptyDisplayView);
  const [notices, setNotices] = useState<DeviceNotice[]>([]);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [offset, setOffset] = useState<number | null>(null);
  const [timeZone, setTimeZone] = useState<string | undefined>(undefined);
  const viewRef = useRef<DisplayView>(emptyDisplayView);
  const offsetRef = useRef(0);
  const now = useNow(1000);
  const noticesChanged = useCallback(
    (list: readonly DeviceNotice[], at: number) =>
      announcerRef.send({ type: 'notices.updated', notices: [...list], now: at }),
    [announcerRef],
  );
  const { showing } = useShowingNotices(notices, offset ?? 0, noticesChanged);
  const speaking = useSelector(announcerRef, (s) => s.context.currentNotice);

  useEffect(() => chime.onStateChange(setSound), [chime]);

  useEffect(() => {
    const known = (voices: readonly SpeechSynthesisVoice[]) =>
      announcerRef.send({ type: 'voices.known', languages: voicedLanguages(catalogs, voices) });
    loadVoices().then(known, () => undefined);
    // Voices can arrive late (or be installed while the display runs): tell the announcer each time they change.
    const synth = globalThis.speechSynthesis;
    const changed = () => known(synth.getVoices());
    synth?.addEventListener('voiceschanged', changed);
    return () => synth?.removeEventListener('voiceschanged', changed);
  }, [announcerRef]);

  useEffect(() => {
    bridge.call('getSite', {}).then(
      (site) => setTimeZone(site.site.timeZone),
      () => setTimeZone(undefined),
    );
    const check = () =>
      bridge.call('health', {}).then(
        (health) => {
          offsetRef.current = clockOffset(health.time, Date.now());
          setOffset(offsetRef.current);
        },
        () => undefined,
      );
    check();
    const id = setInterval(check, healthEveryMs);
    return () => clearInterval(id);
  }, [bridge]);

  useEffect(() => {
    const subscription = bridge.subscribe(
      'display',
      (message) => {
        if (message.kind === 'notices') {
          setNotices(message.notices);
          return;
        }
        const before = viewRef.current;
        const after = applyDisplayMessage(before, message);
        viewRef.current = after;
        if (after.needsResync && !before.needsResync) subscription.resync();
        if (after === before) return;
        setView(after);
        if (message.kind === 'snapshot') {
          announcerRef.send({
            type: 'calls.snapshot',
            calls: message.calls,
            now: Date.now() + offsetRef.current,
          });
        } else if (message.kind === 'call' && after.seq === message.seq) {
          announcerRef.send({ type: 'call.received', call: message.call });
        }
      },
      setConnection,
    );
    return () => subscription.close();
  }, [bridge, announcerRef]);

  const startSound = () => {
    unlockSpeech();
    chime.unlock().then(
      (on) => setSound(on ? 'on' : 'blocked'),
      () => setSound('blocked'),
    );
  };

  const clock = offset === null ? null : formatClock(now + offset, timeZone);
  return (
    <DisplayBoard
      t={t}
      calls={view.calls}
      clock={clock}
      connection={connection}
      sound={sound}
      onStartSound={startSound}
      notices={showing}
      caption={speaking ? spokenNoticeText(catalogs, speaking) : null}
    />
  );
}
