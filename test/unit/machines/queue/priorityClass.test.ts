// classFor: staff's choice when valid, else the largest head start the visitor's needs earn, else the first class.
import { describe, expect, it } from 'vitest';
import type { Needs } from '../../../../machines/contracts/index.js';
import { classFor } from '../../../../machines/queue/priorityClass.js';
import { policy } from './orderingFixtures.js';

const needs = (...accessibility: Needs['accessibility']): Needs => ({ interpreter: null, accessibility });

describe('classFor', () => {
  it('gives the first class to a visitor with no matching need', () => {
    expect(classFor(policy(), needs())).toBe('standard');
    expect(classFor(policy(), needs('hearing'))).toBe('standard');
  });

  it('gives the class whose needs match', () => {
    expect(classFor(policy(), needs('wheelchair'))).toBe('accessibility');
    expect(classFor(policy(), needs('vision'))).toBe('urgent');
  });

  it('gives the largest head start when several classes match', () => {
    expect(classFor(policy(), needs('wheelchair', 'seating'))).toBe('urgent');
  });

  it('lets an interpreter request alone earn no head start', () => {
    expect(classFor(policy(), { interpreter: { mode: 'phone', language: 'es' }, accessibility: [] })).toBe(
      'standard',
    );
  });

  it("takes staff's choice over the needs", () => {
    expect(classFor(policy(), needs('vision'), 'standard')).toBe('standard');
    expect(classFor(policy(), needs(), 'accessibility')).toBe('accessibility');
  });

  it('throws, naming it, when staff choose a class the policy does not have', () => {
    expect(() => classFor(policy(), needs(), 'vip')).toThrow('"vip"');
  });
});
