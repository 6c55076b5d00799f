// Plain sentences for "who is next at this counter, and why" (the hub's NextExplanation) and who is held back.
import type { NextExplanation } from '../../../machines/contracts/floor.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { Translate } from '../../../machines/i18n/translate.js';

export interface NextText {
  /** "Next: A042: waited 12 min + 20 min Accessibility priority head start × weight 2", or nobody. */
  headline: string;
  /** Tickets passed over: cooling down (with until when), waiting for another counter. */
  details: string[];
}

/** The reason the hub picked `explanation.ticketId` (without the ticket number). */
export function nextReason(explanation: NextExplanation, site: SiteConfig, t: Translate): string {
  switch (explanation.rule) {
    case 'transferred-to-counter':
      return t('next.reason.transferred');
    case 'placed-at-front':
      return t('next.reason.front');
    case 'ratio-turn':
      return t('next.reason.ratio', {
        turn: explanation.ratio?.turn ?? 'standard',
        streak: explanation.ratio?.streak ?? 0,
        quota: explanation.ratio?.quota ?? 1,
      });
    default: {
      const ranked = explanation.ranking.find((r) => r.ticketId === explanation.ticketId);
      if (!ranked) return '';
      const waited = Math.floor(ranked.waitedMinutes);
      if (ranked.headStartMinutes === 0) return t('next.reason.score', { waited, weight: ranked.weight });
      const className =
        site.policy.classes.find((c) => c.id === ranked.priorityClass)?.name ?? ranked.priorityClass;
      return t('next.reason.scoreHeadStart', {
        waited,
        headStart: ranked.headStartMinutes,
        className,
        weight: ranked.weight,
      });
    }
  }
}

export function nextText(explanation: NextExplanation, site: SiteConfig, t: Translate): NextText {
  const clock = new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: site.site.timeZone,
  });
  const headline =
    explanation.ticketId === null || explanation.number === null
      ? t('next.nobody')
      : t('next.pick', { ticket: explanation.number, reason: nextReason(explanation, site, t) });
  const cooling = explanation.skipped
    .filter((s) => s.reason === 'cooling-down')
    .map((s) =>
      s.eligibleAt
        ? t('next.coolingUntil', { ticket: s.number, time: clock.format(new Date(s.eligibleAt)) })
        : s.number,
    );
  const elsewhere = explanation.skipped.filter((s) => s.reason === 'other-counter').map((s) => s.number);
  const details: string[] = [];
  if (cooling.length > 0) details.push(t('next.cooling', { tickets: cooling.join(', ') }));
  if (elsewhere.length > 0) details.push(t('next.otherCounter', { tickets: elsewhere.join(', ') }));
  return { headline, details };
}
