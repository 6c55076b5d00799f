// "Do you need more time?": the idle warning; one tap on "I need more time" returns to the same question.
import { useText } from './kioskText.js';
import { ModalDialog } from './ModalDialog.js';

interface IdleWarningProps {
  graceSeconds: number;
  onExtend: () => void;
}

export function IdleWarning({ graceSeconds, onExtend }: IdleWarningProps) {
  const { t } = useText();
  return (
    <ModalDialog role="alertdialog" title={t('idle.title')} onCancel={onExtend}>
      {({ descriptionId }) => (
        <>
          <p id={descriptionId}>{t('idle.body', { seconds: graceSeconds })}</p>
          <button type="button" className="button button--primary" onClick={onExtend}>
            {t('idle.extend')}
          </button>
        </>
      )}
    </ModalDialog>
  );
}
