// First desk step: choose which counter this computer serves (remembered for next time).
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { t } from './deskText.js';

interface Props {
  site: SiteConfig;
  initialCounterId: string | null;
  onChoose: (counterId: string) => void;
}

export function CounterPicker({ site, initialCounterId, onChoose }: Props) {
  const [counterId, setCounterId] = useState(initialCounterId ?? site.counters[0]?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (counterId) onChoose(counterId);
  };
  return (
    <section className="panel panel--narrow">
      <h2 id="counter-heading">{t('counter.heading')}</h2>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="counter-select" className="field__label">
            {t('counter.label')}
          </label>
          <p id="counter-hint" className="field__hint">
            {t('counter.hint')}
          </p>
          <select
            id="counter-select"
            className="select"
            aria-describedby="counter-hint"
            value={counterId}
            onChange={(e) => setCounterId(e.target.value)}
          >
            {site.counters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('counter.start')}
        </button>
      </form>
    </section>
  );
}
