// "Need help?": where to find a person, and that interpreters and access help are free.
import { useText } from './kioskText.js';
import { ModalDialog } from './ModalDialog.js';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useText();
  return (
    <ModalDialog role="dialog" title={t('help.title')} onCancel={onClose}>
      {({ descriptionId }) => (
        <>
          <div id={descriptionId}>
            <p>{t('help.body')}</p>
            <p>{t('help.free')}</p>
          </div>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('help.close')}
          </button>
        </>
      )}
    </ModalDialog>
  );
}
