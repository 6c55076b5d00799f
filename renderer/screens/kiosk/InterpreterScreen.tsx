// How to meet the interpreter: phone, video, in person (in the visitor's language) or American Sign Language.
import type { Needs } from '../../../machines/contracts/ticket.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { ASL } from './needsText.js';
import { Screen } from './Screen.js';

interface InterpreterScreenProps {
  current: Needs['interpreter'];
  send: (event: KioskFlowEvent) => void;
}

type Interpreter = NonNullable<Needs['interpreter']>;

export function InterpreterScreen({ current, send }: InterpreterScreenProps) {
  const { t, lang } = useText();
  const options: { key: string; label: string; interpreter: Interpreter }[] = [
    { key: 'phone', label: t('interpreter.phone'), interpreter: { mode: 'phone', language: lang } },
    { key: 'video', label: t('interpreter.video'), interpreter: { mode: 'video', language: lang } },
    {
      key: 'in-person',
      label: t('interpreter.in-person'),
      interpreter: { mode: 'in-person', language: lang },
    },
    { key: 'asl', label: t('interpreter.asl'), interpreter: { mode: 'video', language: ASL } },
  ];
  const isCurrent = (option: Interpreter) =>
    current?.mode === option.mode && current.language === option.language;
  return (
    <Screen
      title={t('interpreter.title')}
      lead={t('interpreter.lead')}
      onBack={() => send({ type: 'visit.back' })}
    >
      <ul className="choices">
        {options.map(({ key, label, interpreter }) => (
          <li key={key}>
            <button
              type="button"
              className="button button--choice"
              aria-current={isCurrent(interpreter) ? 'true' : undefined}
              onClick={() => send({ type: 'interpreter.chosen', interpreter })}
            >
              <span className="button__name">{label}</span>
              {isCurrent(interpreter) && (
                <span className="button__hint button__hint--chosen">
                  <span aria-hidden="true">✓ </span>
                  {t('common.selected')}
                </span>
              )}
            </button>
          </li>
        ))}
        {current && (
          <li>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => send({ type: 'interpreter.chosen', interpreter: null })}
            >
              {t('interpreter.none')}
            </button>
          </li>
        )}
      </ul>
    </Screen>
  );
}
