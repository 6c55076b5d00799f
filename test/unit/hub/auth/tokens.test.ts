// Credentials: random tokens stored as SHA-256, and one-time enrolment codes from an unambiguous alphabet.
import { describe, expect, it } from 'vitest';
import {
  codeAlphabet,
  newEnrolmentCode,
  newToken,
  normaliseEnrolmentCode,
  tokenHash,
} from '../../../../main/hub/auth/tokens.js';

describe('newToken and tokenHash', () => {
  it('makes 256-bit base64url tokens, all different, hashed to 64 hex digits', () => {
    const tokens = Array.from({ length: 50 }, newToken);
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(new Set(tokens).size).toBe(50);
    expect(tokenHash(tokens[0]!)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(tokens[0]!)).toBe(tokenHash(tokens[0]!));
    expect(tokenHash(tokens[0]!)).not.toBe(tokenHash(tokens[1]!));
  });
});

describe('enrolment codes', () => {
  it('use 32 letters and digits without I, O, 0 or 1', () => {
    expect(codeAlphabet).toHaveLength(32);
    for (const ambiguous of 'IO01') expect(codeAlphabet).not.toContain(ambiguous);
  });

  it('look like K7QM-4XPA and use the whole alphabet', () => {
    const codes = Array.from({ length: 400 }, newEnrolmentCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(new Set(codes.join('').replaceAll('-', ''))).toEqual(new Set(codeAlphabet));
  });

  it.each([
    ['K7QM-4XPA', 'K7QM-4XPA'],
    ['k7qm4xpa', 'K7QM-4XPA'],
    [' k7qm 4xpa ', 'K7QM-4XPA'],
  ])('normalise %j to %j', (typed, canonical) => {
    expect(normaliseEnrolmentCode(typed)).toBe(canonical);
  });

  it.each(['K7QM-4XP', 'K7QM-4XPAB', 'K7QM-4XP0', 'IOIO-IOIO', ''])('reject %j', (typed) => {
    expect(normaliseEnrolmentCode(typed)).toBeUndefined();
  });
});
