// A scanned ticket's place in line: its number, its status in plain words, people ahead and the estimated
// wait, or the counter to go to; or why the ticket could not be checked. Done returns to welcome.
import type { ScanResult } from '../../../machines/contracts/kioskApi.js';
import type { KioskFlowEvent } from '../../../machines/kioskFlow.js';
import { useText } from './kioskText.js';
import { Screen } from './Screen.js';
import { scanLines } from './statusText.js';

interface ScanStatusScreenProps {
  scan: ScanResult;
  send: (event: KioskFlowEvent) => void;
}

export function ScanStatusScreen({ scan, send }: ScanStatusScreenProps) {
  const text = useText();
  const { t } = text;
  const title =
    scan.kind === 'ticket'
      ? t('scan.title', { number: scan.status.number })
      : scan.reason === 'hub-unreachable'
        ? t('scan.unreachable')
        : t('scan.notFound');
  const lines = scan.kind === 'ticket' ? scanLines(text, scan.status) : [t('scan.askDesk')];
  return (
    <Screen title={title} className="screen--scan" testId="scan-status">
      <div role="status">
        <ul className="scan__lines">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--primary" onClick={() => send({ type: 'scan.done' })}>
        {t('scan.done')}
      </button>
    </Screen>
  );
}
