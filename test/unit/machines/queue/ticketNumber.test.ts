// Ticket numbers: prefix plus the number zero-padded to lastNumber's digits (at least 3); firstNumber offsets.
import { describe, expect, it } from 'vitest';
import { TicketNumber } from '../../../../machines/contracts/index.js';
import { formatTicketNumber, numberAt } from '../../../../machines/queue/ticketNumber.js';

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

describe('numberAt', () => {
  const queue = {
    id: 'utility',
    prefix: 'A',
    name: 'Utility',
    firstNumber: 100,
    lastNumber: 102,
    offlineBand: 0,
  };
  it('starts at firstNumber and gives no number past lastNumber', () => {
    expect([1, 2, 3, 4].map((position) => numberAt(queue, position))).toEqual(['A100', 'A101', 'A102', null]);
  });
});
