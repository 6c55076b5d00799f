// First desk step: choose which counter this computer serves and sign in to it (remembered for next time).
import { type FormEvent, useState } from 'react';
import type { CounterState } from '../../../machines/contracts/floor.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { SelectField } from '../../shared/SelectField.js';
import { t } from './deskText.js';

interface Props {
  site: SiteConfig;
  initialCounterId: string | null;
  /** Counter sessions from the stream (who is in at each counter), when known. */
  counters: CounterState[];
  busy: boolean;
  onChoose: (counterId: string) => void;
}

export function CounterPicker({ site, initialCounterId, counters, busy, onChoose }: Props) {
  const [counterId, setCounterId] = useState(initialCounterId ?? site.counters[0]?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (counterId && !busy) onChoose(counterId);
  };
  return (
    <section className="panel panel--narrow" aria-labelledby="counter-heading">
      <h2 id="counter-heading">{t('counter.heading')}</h2>
      <form onSubmit={submit} className="stack">
        <SelectField
          id="counter-select"
          label={t('counter.label')}
          hint={{ id: 'counter-hint', text: t('counter.hint') }}
          value={counterId}
          onChange={setCounterId}
          options={site.counters.map((c) => {
            const state = counters.find((s) => s.counterId === c.id);
            return {
              value: c.id,
              label: t('counter.option', {
                counter: c.name,
                status: state?.status ?? 'closed',
                name: state?.staffName ?? '',
              }),
            };
          })}
        />
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {t('counter.start')}
        </button>
      </form>
    </section>
  );
}
