// Status readings: raw DLE EOT replies decoded, invalid bytes caught, and the most urgent problem chosen.
import { describe, expect, it } from 'vitest';
import {
  assessFailedJob,
  assessReading,
  readingFromReplies,
} from '../../../machines/printerHealth/statusReading.js';

describe('readingFromReplies', () => {
  it('decodes valid replies into flags, in DLE EOT order', () => {
    const reading = readingFromReplies({ 4: 0x1e, 1: 0x12 });
    expect(reading.kind).toBe('status');
    if (reading.kind !== 'status') return;
    expect(reading.flags.map((f) => f.kind)).toEqual(['printer', 'paper']);
    expect(reading.flags[1]).toMatchObject({ nearEnd: true, end: false });
  });

  it.each([
    ['fixed bits wrong', { 1: 0x00 }],
    ['bit 7 set', { 1: 0x92 }],
    ['not a byte', { 4: 0x112 }],
    ['negative', { 2: -1 }],
    ['not an integer', { 3: 18.5 }],
  ])('is invalid when a reply has %s, naming the byte', (_, replies) => {
    const reading = readingFromReplies(replies);
    expect(reading).toMatchObject({ kind: 'invalid' });
    if (reading.kind === 'invalid') expect(reading.reason).toMatch(/Not a DLE EOT \d status reply/);
  });

  it('is invalid when there is no reply at all', () => {
    expect(readingFromReplies({})).toEqual({ kind: 'invalid', reason: 'no status replies' });
  });
});

describe('assessReading', () => {
  it.each([
    [{ 1: 0x12, 4: 0x12 }, 'ok', null],
    [{ 1: 0x12, 4: 0x16 }, 'paperLow', 'paper-low'],
    [{ 1: 0x1a, 2: 0x32, 4: 0x7e }, 'paperOut', 'paper-out'],
    [{ 1: 0x1a, 2: 0x16, 4: 0x7e }, 'coverOpen', 'cover-open'],
    [{ 1: 0x1a, 2: 0x52, 3: 0x1a }, 'cutterError', 'cutter-error'],
    [{ 1: 0x1a, 2: 0x52, 3: 0x52 }, 'offline', 'printer-error'],
    [{ 1: 0x1a, 2: 0x12 }, 'offline', 'printer-offline'],
  ] as const)('%o reads as %s (%s)', (replies, condition, fault) => {
    expect(assessReading(readingFromReplies(replies))).toEqual({ condition, fault });
  });

  it('puts an open cover before paper out when both hold', () => {
    expect(assessReading(readingFromReplies({ 2: 0x36, 4: 0x7e })).condition).toBe('coverOpen');
  });

  it('reads unreachable and invalid as offline with their own codes', () => {
    expect(assessReading({ kind: 'unreachable', reason: 'timeout' })).toEqual({
      condition: 'offline',
      fault: 'unreachable',
    });
    expect(assessReading({ kind: 'invalid', reason: 'x' })).toEqual({
      condition: 'offline',
      fault: 'invalid-status',
    });
  });

  it('calls a failed job with a healthy status job-failed, and keeps a real fault', () => {
    expect(assessFailedJob(readingFromReplies({ 1: 0x12, 4: 0x1e }))).toEqual({
      condition: 'offline',
      fault: 'job-failed',
    });
    expect(assessFailedJob(readingFromReplies({ 1: 0x1a, 2: 0x32 })).fault).toBe('paper-out');
  });
});
