// Facilities staff only (after the hidden corner gesture): type the exit PIN on an on-screen keypad to close
// the kiosk; wrong PINs make the next try wait. Visitors never see it unless they find the gesture.
import { useId, useState } from 'react';
import type { KioskBridge, StaffExitResult } from '../../../machines/contracts/kioskApi.js';
import { useText } from './kioskText.js';
import { ModalDialog } from './ModalDialog.js';

const MAX_DIGITS = 12;
const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
const keypadColumns = { gridTemplateColumns: 'repeat(3, 1fr)' };

type Answer = Extract<StaffExitResult, { ok: false }> | { ok: false; reason: 'failed'; retryAfterSeconds: 0 };

interface StaffExitDialogProps {
  staffExit: KioskBridge['staffExit'];
  onClose: () => void;
}

export function StaffExitDialog({ staffExit, onClose }: StaffExitDialogProps) {
  const { t } = useText();
  const pinId = useId();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);

  const submit = async () => {
    setBusy(true);
    try {
      const result = await staffExit({ pin });
      if (!result.ok) setAnswer(result);
    } catch {
      setAnswer({ ok: false, reason: 'failed', retryAfterSeconds: 0 });
    } finally {
      setPin('');
      setBusy(false);
    }
  };

  return (
    <ModalDialog role="dialog" title={t('staffExit.title')} onCancel={onClose}>
      {({ descriptionId }) => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p id={descriptionId}>{t('staffExit.body')}</p>
          <label htmlFor={pinId}>{t('staffExit.pin')}</label>
          <input
            id={pinId}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={MAX_DIGITS}
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, MAX_DIGITS))}
          />
          <div className="choices" style={keypadColumns}>
            {digits.map((digit) => (
              <button
                key={digit}
                type="button"
                className="button button--secondary"
                onClick={() => setPin((p) => (p + digit).slice(0, MAX_DIGITS))}
              >
                {digit}
              </button>
            ))}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setPin((p) => p.slice(0, -1))}
            >
              {t('staffExit.delete')}
            </button>
          </div>
          {answer && (
            <p role="alert">{t(`staffExit.${answer.reason}`, { seconds: answer.retryAfterSeconds })}</p>
          )}
          <button type="submit" className="button button--primary" disabled={busy || pin.length < 6}>
            {t('staffExit.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('staffExit.cancel')}
          </button>
        </form>
      )}
    </ModalDialog>
  );
}
