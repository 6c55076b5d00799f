// The desk's live region for new tickets: each ticket that joins the waiting list while the desk is open is
// announced once (number, service, interpreter request with its language code); the first list is not.
import { useEffect, useRef, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { type StaffView, waitingTickets } from '../../../machines/queueView.js';
import { arrivalsText, newArrivals } from './arrivalsText.js';
import { t } from './deskText.js';

export function ArrivalsAnnouncer({ site, view }: { site: SiteConfig; view: StaffView }) {
  const known = useRef<Set<string> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (view.seq === null) return;
    const waiting = waitingTickets(view);
    const fresh = known.current === null ? [] : newArrivals(known.current, waiting);
    known.current = new Set([...(known.current ?? []), ...waiting.map((ticket) => ticket.id)]);
    if (fresh.length > 0) setText(arrivalsText(site, fresh, t));
  }, [site, view]);
  return (
    <div role="status" className="notice" data-testid="desk-arrivals">
      {text}
    </div>
  );
}
