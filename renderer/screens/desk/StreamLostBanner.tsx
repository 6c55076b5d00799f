// The desk's banner while its live updates are lost: the list on screen is the last one known, and actions are
// paused until the hub's fresh list arrives. The alert region stays in the page so the message is announced.
import { t } from './deskText.js';

export function StreamLostBanner({ lost }: { lost: boolean }) {
  return (
    <div role="alert" className={lost ? 'stream-lost' : ''} data-testid="desk-stream-lost">
      {lost ? t('streamLost.body') : ''}
    </div>
  );
}
