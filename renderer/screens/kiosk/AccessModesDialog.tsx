// "Display options": large text, high contrast and the seated layout, each a toggle button; all turn off when
// the visit ends. The modes live in the kiosk flow; this dialog only sends `modes.set`.
import type { AccessModes, KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { ModalDialog } from './ModalDialog.js';
import { modeAttributes } from './useModesOnRoot.js';

interface AccessModesDialogProps {
  modes: AccessModes;
  send: (event: KioskFlowEvent) => void;
  onClose: () => void;
}

const displayModes = Object.keys(modeAttributes) as (keyof typeof modeAttributes)[];

export function AccessModesDialog({ modes, send, onClose }: AccessModesDialogProps) {
  const { t } = useText();
  return (
    <ModalDialog role="dialog" title={t('modes.title')} onCancel={onClose}>
      {({ descriptionId }) => (
        <>
          <p id={descriptionId}>{t('modes.lead')}</p>
          <ul className="choices">
            {displayModes.map((mode) => (
              <li key={mode}>
                <button
                  type="button"
                  className="button button--choice button--toggle"
                  aria-pressed={modes[mode]}
                  data-testid={`mode-${mode}`}
                  onClick={() => send({ type: 'modes.set', mode, on: !modes[mode] })}
                >
                  <span aria-hidden="true" className="button__check">
                    {modes[mode] ? '✓' : ''}
                  </span>
                  <span className="button__name">{t(`modes.${mode}`)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('modes.close')}
          </button>
        </>
      )}
    </ModalDialog>
  );
}
