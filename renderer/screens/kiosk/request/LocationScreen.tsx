// Where is the problem: "here, at or near" the site's building (one touch), or somewhere else with the address
// typed on the on-screen keyboard.
import { useEffect, useRef, useState } from 'react';
import type { CaseRequestFlowContext, CaseRequestFlowEvent } from '../../../../machines/caseRequestFlow.js';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import { useText } from '../kioskText.js';
import { Screen } from '../Screen.js';
import { Actions, describedBy, ErrorSummary, FieldError, problemsOf } from './requestText.js';

interface LocationScreenProps {
  context: CaseRequestFlowContext;
  /** The site's name and the address sent for "here". */
  place: { name: string; address: string };
  send: (event: CaseRequestFlowEvent) => void;
}

const ADDRESS_ID = 'location-address';

export function LocationScreen({ context, place, send }: LocationScreenProps) {
  const { request: t } = useText();
  const { location } = context;
  const [elsewhere, setElsewhere] = useState(location?.kind === 'address');
  const [address, setAddress] = useState(location?.kind === 'address' ? location.address : '');
  const input = useRef<HTMLInputElement>(null);
  const opened = useRef(false);
  const problem = problemsOf(context.problems, 'location')[0];
  useEffect(() => {
    if (elsewhere && opened.current) input.current?.focus();
  }, [elsewhere]);
  return (
    <Screen title={t('location.title')} onBack={() => send({ type: 'request.back' })}>
      <ErrorSummary
        problems={problem ? [problem] : []}
        fieldIdOf={() => (elsewhere ? ADDRESS_ID : 'location-here')}
      />
      <ul className="choices">
        <li>
          <button
            id="location-here"
            type="button"
            className="button button--choice"
            aria-labelledby="location-here-name"
            aria-describedby="location-here-address"
            aria-current={location?.kind === 'here' ? 'true' : undefined}
            onClick={() => send({ type: 'location.given', location: { kind: 'here' } })}
          >
            <span id="location-here-name" className="button__name">
              {t('location.here', { place: place.name })}
            </span>
            <span id="location-here-address" className="button__hint">
              {place.address}
            </span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="button button--choice"
            aria-expanded={elsewhere}
            aria-controls="location-elsewhere"
            onClick={() => {
              opened.current = true;
              setElsewhere(true);
            }}
          >
            <span className="button__name">{t('location.elsewhere')}</span>
          </button>
        </li>
      </ul>
      <form
        id="location-elsewhere"
        hidden={!elsewhere}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'location.given', location: { kind: 'address', address } });
        }}
      >
        <label htmlFor={ADDRESS_ID} className="field__label">
          {t('location.address')}
        </label>
        <p id={`${ADDRESS_ID}-hint`} className="field__hint">
          {t('location.addressHint')}
        </p>
        <FieldError id={`${ADDRESS_ID}-error`} problem={problem} />
        <input
          ref={input}
          id={ADDRESS_ID}
          type="text"
          className="field__input"
          autoComplete="off"
          spellCheck={false}
          maxLength={300}
          value={address}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(`${ADDRESS_ID}-hint`, problem && `${ADDRESS_ID}-error`)}
          onChange={(event) => setAddress(event.target.value)}
        />
        {elsewhere && <OnScreenKeyboard />}
        <Actions />
      </form>
    </Screen>
  );
}
