// The hub's own numbering stops below a queue's offline band: queue-full there, and intake says numbers are used up.
import { describe, expect, it } from 'vitest';
import {
  lastOnlineNumber,
  offlineBandOf,
  positionOfNumber,
} from '../../../../machines/queue/ticketNumber.js';
import { testSiteConfig } from '../../../support/siteConfig.js';
import { createEngine, refusal } from './engineHarness.js';

const config = testSiteConfig((c) => ({
  ...c,
  queues: c.queues.map((q) =>
    q.id === 'utility' ? { ...q, firstNumber: 11, lastNumber: 15, offlineBand: 2 } : q,
  ),
  services: c.services.map((s) => ({ ...s, dailyCap: null })),
}));

describe('numbering with an offline band', () => {
  it('issues firstNumber up to below the band, then refuses queue-full and closes intake', () => {
    const engine = createEngine({ config });
    try {
      const utility = config.queues.find((q) => q.id === 'utility')!;
      expect(offlineBandOf(utility)).toEqual({ first: 14, last: 15 });
      expect(lastOnlineNumber(utility)).toBe(13);
      expect(positionOfNumber(utility, 14)).toBe(4);
      expect([engine.issue().number, engine.issue().number, engine.issue().number]).toEqual([
        'A011',
        'A012',
        'A013',
      ]);
      expect(refusal(() => engine.issue()).code).toBe('queue-full');
      const intake = engine.service.intake().services.find((s) => s.serviceId === 'utility-bills');
      expect(intake).toMatchObject({ open: false, closedReason: 'numbers-used-up' });
      expect(engine.issue('permits').number).toBe('P001');
    } finally {
      engine.close();
    }
  });
});
