// The calm notice on the welcome screen when this kiosk cannot print: the number shows on screen instead, and
// which other kiosks can print.
import { useText } from './kioskText.js';
import { otherKiosksHint } from './statusText.js';

export function PrinterNotice({ otherKiosks }: { otherKiosks: readonly string[] }) {
  const text = useText();
  const hint = otherKiosksHint(text, otherKiosks);
  return (
    <div className="notice notice--info" data-testid="printer-notice">
      <p>{text.t('printer.notice')}</p>
      {hint !== null && <p>{hint}</p>}
    </div>
  );
}
