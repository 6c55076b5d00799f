// "Add a device": choose kiosk or display and a name; the hub answers with a one-time set-up code, shown large
// with its expiry and what to do with it on the device.
import { type FormEvent, useState } from 'react';
import type { DeviceRole, EnrolmentCode } from '../../../machines/contracts/auth.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { formatTime, t } from './maintenanceText.js';

interface Props {
  bridge: HubBridge;
  timeZone?: string;
  onCreated: () => void;
}

type Problem = 'role' | 'name' | 'failed';
const roles: readonly DeviceRole[] = ['kiosk', 'display'];

export function AddDeviceForm({ bridge, timeZone, onCreated }: Props) {
  const [role, setRole] = useState<DeviceRole | null>(null);
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<EnrolmentCode | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Problem[] = [];
    if (role === null) missing.push('role');
    if (name.trim() === '') missing.push('name');
    setProblems(missing);
    if (role === null || missing.length > 0) return;
    setBusy(true);
    bridge.call('createEnrolmentCode', { body: { role, name: name.trim() } }).then(
      (created) => {
        setBusy(false);
        setCode(created);
        setName('');
        setRole(null);
        onCreated();
      },
      () => {
        setBusy(false);
        setProblems(['failed']);
      },
    );
  };

  if (code) return <EnrolmentCodeCard code={code} timeZone={timeZone} onDone={() => setCode(null)} />;
  return (
    <form className="stack sub-panel" onSubmit={submit} noValidate aria-labelledby="add-device-heading">
      <h3 id="add-device-heading">{t('addDevice.heading')}</h3>
      {problems.includes('failed') && (
        <div role="alert" className="error-summary">
          {t('addDevice.error.failed')}
        </div>
      )}
      <fieldset
        className={problems.includes('role') ? 'fieldset field--error' : 'fieldset'}
        aria-describedby={problems.includes('role') ? 'device-role-error' : undefined}
      >
        <legend className="field__label">{t('addDevice.role')}</legend>
        {problems.includes('role') && (
          <p id="device-role-error" className="field__error" role="alert">
            {t('addDevice.error.role')}
          </p>
        )}
        {roles.map((r) => (
          <div className="radio" key={r}>
            <input
              id={`device-role-${r}`}
              type="radio"
              name="device-role"
              value={r}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            <label htmlFor={`device-role-${r}`}>{t(`devices.role.${r}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className={problems.includes('name') ? 'field field--error' : 'field'}>
        <label htmlFor="device-name" className="field__label">
          {t('addDevice.name')}
        </label>
        <p id="device-name-hint" className="field__hint">
          {t('addDevice.nameHint')}
        </p>
        {problems.includes('name') && (
          <p id="device-name-error" className="field__error" role="alert">
            {t('addDevice.error.name')}
          </p>
        )}
        <input
          id="device-name"
          className="input"
          type="text"
          maxLength={80}
          aria-invalid={problems.includes('name') ? true : undefined}
          aria-describedby={
            problems.includes('name') ? 'device-name-hint device-name-error' : 'device-name-hint'
          }
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {busy ? t('addDevice.busy') : t('addDevice.submit')}
      </button>
    </form>
  );
}

interface CardProps {
  code: EnrolmentCode;
  timeZone?: string;
  onDone: () => void;
}

export function EnrolmentCodeCard({ code, timeZone, onDone }: CardProps) {
  return (
    <section className="sub-panel code-card" aria-labelledby="code-heading">
      <h3 id="code-heading">{t('code.heading', { name: code.name })}</h3>
      <p className="code-card__label">{t('code.label')}</p>
      <p className="code-card__code" data-testid="enrolment-code">
        {code.code}
      </p>
      <p>{t('code.expires', { time: formatTime(code.expiresAt, timeZone) })}</p>
      <p>{code.role === 'kiosk' ? t('code.kiosk', { code: code.code }) : t('code.display')}</p>
      <button type="button" className="button" onClick={onDone}>
        {t('code.done')}
      </button>
    </section>
  );
}
