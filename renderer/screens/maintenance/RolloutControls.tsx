// Administrators' rollout controls: start one (a version the hub has files for, a pilot kiosk, how long the
// pilot must work before the others follow) when none is under way, or halt the one under way with a reason.
import { type FormEvent, useState } from 'react';
import type { UpdatesOverview } from '../../../machines/contracts/index.js';
import { HubError } from '../../../machines/contracts/index.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { describedBy, Field, SelectField } from '../../shared/SelectField.js';
import { t } from './maintenanceText.js';
import type { PanelMessage } from './rowAction.js';

interface Props {
  bridge: HubBridge;
  overview: UpdatesOverview;
  onDone: (message: PanelMessage) => void;
}

/** The hub's own sentence when it refused, or a network failure. */
const reasonOf = (error: unknown) => (error instanceof HubError ? error.message : t('loadFailed'));

export function RolloutControls(props: Props) {
  const underWay = props.overview.plan.state === 'piloting' || props.overview.plan.state === 'rolling-out';
  return underWay ? <HaltForm {...props} /> : <StartForm {...props} />;
}

function StartForm({ bridge, overview, onDone }: Props) {
  const kiosks = overview.devices.filter((d) => d.role === 'kiosk' && !d.disabled);
  const [version, setVersion] = useState(overview.available[0]?.version ?? '');
  const [pilot, setPilot] = useState(kiosks[0]?.deviceId ?? '');
  const [minutes, setMinutes] = useState('60');
  const [busy, setBusy] = useState(false);
  if (overview.available.length === 0) return <p>{t('updates.start.noVersions')}</p>;
  if (kiosks.length === 0) return <p>{t('updates.start.noKiosks')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const pilotName = kiosks.find((k) => k.deviceId === pilot)?.name ?? pilot;
    const body = { targetVersion: version, pilotDeviceId: pilot, pilotHealthyMinutes: Number(minutes) };
    bridge.call('startRollout', { body }).then(
      () => {
        setBusy(false);
        onDone({ text: t('updates.start.done', { version, pilot: pilotName }), error: false });
      },
      (error: unknown) => {
        setBusy(false);
        onDone({ text: t('updates.start.failed', { message: reasonOf(error) }), error: true });
      },
    );
  };
  return (
    <form className="stack sub-panel" onSubmit={submit} aria-labelledby="rollout-start-heading">
      <h3 id="rollout-start-heading">{t('updates.start.heading')}</h3>
      <SelectField
        id="rollout-version"
        label={t('updates.start.version')}
        hint={{ id: 'rollout-version-hint', text: t('updates.start.versionHint') }}
        value={version}
        onChange={setVersion}
        options={overview.available.map((u) => ({ value: u.version, label: u.version }))}
      />
      <SelectField
        id="rollout-pilot"
        label={t('updates.start.pilot')}
        hint={{ id: 'rollout-pilot-hint', text: t('updates.start.pilotHint') }}
        value={pilot}
        onChange={setPilot}
        options={kiosks.map((k) => ({ value: k.deviceId, label: `${k.name} (${k.version ?? '?'})` }))}
      />
      <Field id="rollout-minutes" label={t('updates.start.minutes')}>
        <input
          id="rollout-minutes"
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={10080}
          required
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {t('updates.start.submit')}
      </button>
    </form>
  );
}

function HaltForm({ bridge, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    bridge.call('haltRollout', { body: { reason } }).then(
      () => {
        setBusy(false);
        setReason('');
        onDone({ text: t('updates.halt.done'), error: false });
      },
      (error: unknown) => {
        setBusy(false);
        onDone({ text: t('updates.halt.failed', { message: reasonOf(error) }), error: true });
      },
    );
  };
  const error = missing ? { id: 'rollout-halt-error', text: t('updates.halt.reasonMissing') } : null;
  return (
    <form className="stack sub-panel" onSubmit={submit} noValidate aria-labelledby="rollout-halt-heading">
      <h3 id="rollout-halt-heading">{t('updates.halt.heading')}</h3>
      <Field id="rollout-halt-reason" label={t('updates.halt.reason')} error={error}>
        <input
          id="rollout-halt-reason"
          className="input"
          type="text"
          maxLength={200}
          aria-invalid={missing ? true : undefined}
          aria-describedby={describedBy(error?.id)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {t('updates.halt.submit')}
      </button>
    </form>
  );
}
