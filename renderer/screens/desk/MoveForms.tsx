// Transfer (to another service and/or counter) and Back to queue (recycle), each with a queue placement.
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { Placement } from '../../../machines/contracts/ticket.js';
import { ChoiceGroup } from '../../shared/ChoiceGroup.js';
import { SelectField } from '../../shared/SelectField.js';
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
    <ChoiceGroup
      type="radio"
      name={name}
      legend={t('move.placement')}
      options={Placement.options.map((p) => ({ value: p, label: t(`placement.${p}`) }))}
      selected={[value]}
      onToggle={onChange}
    />
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
      <SelectField
        id="transfer-service"
        label={t('move.service')}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'transfer-error' : undefined}
        value={serviceId}
        onChange={setServiceId}
        emptyOption={t('move.serviceKeep')}
        options={site.services.map((s) => ({ value: s.id, label: s.name }))}
      />
      <SelectField
        id="transfer-counter"
        label={t('move.counter')}
        value={target}
        onChange={setTarget}
        emptyOption={t('move.counterAny')}
        options={site.counters.filter((c) => c.id !== counterId).map((c) => ({ value: c.id, label: c.name }))}
      />
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
