// "Who is next and why" in plain words: each ordering rule, head starts, and who is passed over.
import { describe, expect, it } from 'vitest';
import type { NextExplanation } from '../../../../machines/contracts/floor.js';
import { t } from '../../../../renderer/screens/desk/deskText.js';
import { nextText } from '../../../../renderer/screens/desk/nextExplanationText.js';
import { site } from './deskFixtures.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function explanation(extra: Partial<NextExplanation>): NextExplanation {
  return {
    counterId: 'counter-1',
    at: '2026-11-26T18:00:00.000Z',
    ticketId: id(42),
    number: 'A042',
    rule: 'highest-score',
    ratio: null,
    ranking: [
      {
        ticketId: id(42),
        number: 'A042',
        queueId: 'utility',
        priorityClass: 'accessibility',
        waitedMinutes: 12.7,
        headStartMinutes: 20,
        weight: 2,
        score: 65.4,
      },
      {
        ticketId: id(43),
        number: 'A043',
        queueId: 'utility',
        priorityClass: 'standard',
        waitedMinutes: 30,
        headStartMinutes: 0,
        weight: 1,
        score: 30,
      },
    ],
    skipped: [],
    ...extra,
  };
}

describe('nextText', () => {
  it('explains the score with the head start and weight', () => {
    expect(nextText(explanation({}), site, t).headline).toBe(
      'Next: A042: waited 12 min + 20 min Accessibility priority head start × weight 2',
    );
  });

  it('leaves the head start out when there is none', () => {
    const text = nextText(explanation({ ticketId: id(43), number: 'A043' }), site, t);
    expect(text.headline).toBe('Next: A043: waited 30 min × weight 1');
  });

  it('names the transfer, front and ratio rules', () => {
    expect(nextText(explanation({ rule: 'transferred-to-counter' }), site, t).headline).toBe(
      'Next: A042: transferred to this counter',
    );
    expect(nextText(explanation({ rule: 'placed-at-front' }), site, t).headline).toBe(
      'Next: A042: placed at the front of its queue',
    );
    const ratio = explanation({ rule: 'ratio-turn', ratio: { turn: 'priority', streak: 3, quota: 3 } });
    expect(nextText(ratio, site, t).headline).toBe(
      'Next: A042: a priority turn (3 calls of the other kind in a row, 3 allowed)',
    );
  });

  it('says nobody can be called, and lists who is cooling down (until when) or held for another counter', () => {
    const text = nextText(
      explanation({
        rule: 'nobody-eligible',
        ticketId: null,
        number: null,
        ranking: [],
        skipped: [
          {
            ticketId: id(40),
            number: 'A040',
            reason: 'cooling-down',
            eligibleAt: '2026-11-26T18:04:00.000Z',
          },
          { ticketId: id(41), number: 'A041', reason: 'other-counter', eligibleAt: null },
          { ticketId: id(44), number: 'P044', reason: 'not-served-here', eligibleAt: null },
        ],
      }),
      site,
      t,
    );
    expect(text.headline).toBe('Nobody can be called here now.');
    expect(text.details).toEqual([
      'Cooling down: A040 (until 10:04 AM)',
      'Waiting for another counter: A041',
    ]);
  });
});
