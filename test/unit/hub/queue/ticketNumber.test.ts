// formatTicketNumber: prefix plus a zero-padded position, 3 digits or 4 past 999.
import { describe, expect, it } from 'vitest';
import { TicketNumber } from '../../../../machines/contracts/index.js';
import { formatTicketNumber } from '../../../../main/hub/queue/ticketNumber.js';

describe('formatTicketNumber', () => {
  it.each([
    ['A', 1, 999, 'A001'],
    ['A', 42, 999, 'A042'],
    ['A', 999, 999, 'A999'],
    ['PK', 7, 99, 'PK007'],
    ['B', 1, 1000, 'B0001'],
    ['B', 1234, 9999, 'B1234'],
  ])(
    'formats %s + %i (last number %i) as %s, a valid contract number',
    (prefix, position, last, expected) => {
      const number = formatTicketNumber(prefix, position, last);
      expect(number).toBe(expected);
      expect(TicketNumber.parse(number)).toBe(number);
    },
  );
});
