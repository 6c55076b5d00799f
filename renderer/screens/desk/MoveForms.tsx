// Transfer (to another service and/or counter) and Back to queue (recycle), each with a queue placement.
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { Placement } from '../../../machines/contracts/ticket.js';
import { t } from './deskText.js';

function PlacementField({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Placement;
  onChange: (p: Placement) => void;
}) {
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('move.placement')}</legend>
      <div className="radios">
        {Placement.options.map((p) => (
          <label key={p} className="radio">
            <input
              id={`${name}-${p}`}
              type="radio"
              name={name}
              value={p}
              checked={value === p}
              onChange={() => onChange(p)}
            />{' '}
            {t(`placement.${p}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface TransferProps {
  site: SiteConfig;
  counterId: string;
  busy: boolean;
  invalid: boolean;
  onTransfer: (serviceId: string | null, counterId: string | null, placement: Placement) => void;
}

export function TransferForm({ site, counterId, busy, invalid, onTransfer }: TransferProps) {
  const [serviceId, setServiceId] = useState('');
  const [target, setTarget] = useState('');
  const [placement, setPlacement] = useState<Placement>('front');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onTransfer(serviceId || null, target || null, placement);
  };
  return (
    <form className="stack move-form" onSubmit={submit} aria-labelledby="transfer-heading">
      <h3 id="transfer-heading">{t('move.heading')}</h3>
      {invalid && (
        <p id="transfer-error" className="field__error">
          {t('error.transfer-target-required')}
        </p>
      )}
      <div className="field">
        <label htmlFor="transfer-service" className="field__label">
          {t('move.service')}
        </label>
        <select
          id="transfer-service"
          className="select"
          aria-invalid={invalid}
          aria-describedby={invalid ? 'transfer-error' : undefined}
          value={serviceId}
          onChange={(e) => setServiceId(e.target.value)}
        >
          <option value="">{t('move.serviceKeep')}</option>
          {site.services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="transfer-counter" className="field__label">
          {t('move.counter')}
        </label>
        <select
          id="transfer-counter"
          className="select"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="">{t('move.counterAny')}</option>
          {site.counters
            .filter((c) => c.id !== counterId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </div>
      <PlacementField name="transfer-placement" value={placement} onChange={setPlacement} />
      <button type="submit" className="button" aria-disabled={busy}>
        {t('action.transfer')}
      </button>
    </form>
  );
}

export function RecycleForm({
  busy,
  onRecycle,
}: {
  busy: boolean;
  onRecycle: (placement: Placement) => void;
}) {
  const [placement, setPlacement] = useState<Placement>('original');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onRecycle(placement);
  };
  return (
    <form className="stack move-form" onSubmit={submit} aria-labelledby="recycle-heading">
      <h3 id="recycle-heading">{t('move.recycleHeading')}</h3>
      <PlacementField name="recycle-placement" value={placement} onChange={setPlacement} />
      <button type="submit" className="button" aria-disabled={busy}>
        {t('action.recycle')}
      </button>
    </form>
  );
}
