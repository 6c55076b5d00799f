// "Take <kiosk> out of service": the visitor-facing message (suggested text, at most 280 characters, with a live
// character count), an error summary that links to the field, and Cancel.
import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import type { Device } from '../../../machines/contracts/auth.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { describedBy, Field } from '../../shared/SelectField.js';
import { t } from './maintenanceText.js';
import {
  characterCount,
  type OutOfServiceProblem,
  outOfServiceMaxLength,
  takeOutOfService,
} from './outOfService.js';

interface Props {
  bridge: HubBridge;
  device: Pick<Device, 'id' | 'name'>;
  /** The kiosk is out of service: `text` is the notice to show. */
  onDone: (text: string) => void;
  onCancel: () => void;
}

export function OutOfServiceForm({ bridge, device, onDone, onCancel }: Props) {
  const [message, setMessage] = useState(() => t('outOfService.default'));
  const [problem, setProblem] = useState<OutOfServiceProblem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    takeOutOfService(bridge, device, message).then((result) => {
      setBusy(false);
      setProblem(result.kind === 'invalid' ? result.problem : null);
      setFailure(result.kind === 'failed' ? result.text : null);
      if (result.kind === 'done') onDone(result.text);
    });
  };
  return (
    <OutOfServiceFormView
      name={device.name}
      message={message}
      problem={problem}
      failure={failure}
      busy={busy}
      fieldRef={fieldRef}
      onChange={setMessage}
      onSubmit={submit}
      onCancel={onCancel}
    />
  );
}

interface ViewProps {
  name: string;
  message: string;
  problem: OutOfServiceProblem | null;
  /** The hub's refusal or a network failure, in a sentence. */
  failure: string | null;
  busy: boolean;
  fieldRef?: Ref<HTMLTextAreaElement>;
  onChange: (message: string) => void;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
}

const fieldId = 'out-of-service-message';

export function OutOfServiceFormView(props: ViewProps) {
  const { name, message, problem, failure, busy, fieldRef, onChange, onSubmit, onCancel } = props;
  const problemText = problem ? t(`outOfService.error.${problem}`) : null;
  return (
    <form
      className="stack sub-panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="out-of-service-heading"
      data-testid="out-of-service-form"
    >
      <h3 id="out-of-service-heading">{t('outOfService.heading', { name })}</h3>
      {(problemText || failure) && (
        <div className="error-summary" role="alert">
          <p className="error-summary__title">{t('outOfService.error.summary')}</p>
          <ul className="error-summary__list">
            <li>{problemText ? <a href={`#${fieldId}`}>{problemText}</a> : failure}</li>
          </ul>
        </div>
      )}
      <Field
        id={fieldId}
        label={t('outOfService.message')}
        hint={{ id: `${fieldId}-hint`, text: t('outOfService.hint') }}
        error={problemText ? { id: `${fieldId}-error`, text: problemText } : null}
      >
        <textarea
          ref={fieldRef}
          id={fieldId}
          className="textarea"
          rows={3}
          aria-invalid={problemText ? true : undefined}
          aria-describedby={describedBy(
            `${fieldId}-hint`,
            problemText && `${fieldId}-error`,
            `${fieldId}-count`,
          )}
          value={message}
          onChange={(e) => onChange(e.target.value)}
        />
      </Field>
      <p
        id={`${fieldId}-count`}
        className={
          message.trim().length > outOfServiceMaxLength ? 'field__count field__error' : 'field__count'
        }
        aria-live="polite"
      >
        {characterCount(message)}
      </p>
      <div className="button-row">
        <button type="submit" className="button button--warning" aria-disabled={busy}>
          {busy ? t('outOfService.busy') : t('outOfService.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
