// The request form's draft: what is sent (only the chosen service's answers, blanks left out, text trimmed),
// every problem in form order named as the hub names it, the contact checked against the contract, and where
// each problem's field is on screen.
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MAX } from '../../../../../machines/contracts/caseRequests.js';
import {
  contactOf,
  contactProblems,
  contentOf,
  contentProblems,
  draftOf,
  emptyContact,
  emptyDraft,
  fieldId,
  questionsOf,
  type RequestDraft,
} from '../../../../../renderer/screens/desk/request/requestDraft.js';
import { catalog } from './catalogFixture.js';

const pothole = (extra: Partial<RequestDraft> = {}): RequestDraft => ({
  ...emptyDraft(),
  serviceCode: 'pothole',
  answers: { size: 'large', lane: '  right lane ' },
  ...extra,
});

describe('request draft', () => {
  it('lists the questions to answer in their order, without informational lines', () => {
    expect(questionsOf(catalog, 'pothole').map((q) => q.code)).toEqual([
      'lane',
      'size',
      'depth',
      'seen',
      'hazards',
      'more',
    ]);
    expect(questionsOf(catalog, 'streetlight-out')).toEqual([]);
  });

  it('sends only the chosen service’s answers, blank ones left out and text trimmed', () => {
    const draft = pothole({
      answers: { size: 'large', lane: ' right ', depth: '', hazards: [], other: 'from another service' },
      description: '  deep hole  ',
    });
    expect(contentOf(catalog, draft)).toEqual({
      serviceCode: 'pothole',
      answers: { size: 'large', lane: 'right' },
      location: { kind: 'here' },
      description: 'deep hole',
    });
    expect(
      contentOf(catalog, { ...draft, location: 'address', address: ' 1120 SW 5th Ave ' }).location,
    ).toEqual({
      kind: 'address',
      address: '1120 SW 5th Ave',
    });
  });

  it('finds no problem in a complete request', () => {
    expect(contentProblems(catalog, pothole())).toEqual([]);
    expect(contentProblems(catalog, { ...emptyDraft(), serviceCode: 'streetlight-out' })).toEqual([]);
  });

  it('asks for a service first, then names each problem as the hub does, in form order', () => {
    expect(contentProblems(catalog, emptyDraft())).toEqual([{ field: 'serviceCode', problem: 'required' }]);
    const draft = pothole({
      answers: { size: 'huge', depth: 'deep', seen: '2026-02-30' },
      location: 'address',
      address: '  ',
      description: 'x'.repeat(DESCRIPTION_MAX + 1),
    });
    expect(contentProblems(catalog, draft)).toEqual([
      { field: 'answers.lane', problem: 'required' },
      { field: 'answers.size', problem: 'not-an-option' },
      { field: 'answers.depth', problem: 'not-a-number' },
      { field: 'answers.seen', problem: 'not-a-date' },
      { field: 'location', problem: 'required' },
      { field: 'description', problem: 'too-long' },
    ]);
    expect(contentProblems(catalog, pothole({ location: 'address', address: 'ab' }))).toEqual([
      { field: 'location', problem: 'invalid' },
    ]);
  });

  it('sends no contact when every field is blank, and checks the ones given', () => {
    expect(contactOf(emptyContact())).toBeNull();
    expect(contactProblems(emptyContact())).toEqual([]);
    expect(contactOf({ ...emptyContact(), email: ' ana@example.org ', phone: '  ' })).toEqual({
      email: 'ana@example.org',
    });
    expect(contactProblems({ ...emptyContact(), email: 'ana@', phone: 'call me' })).toEqual([
      { field: 'contact.email', problem: 'invalid' },
      { field: 'contact.phone', problem: 'invalid' },
    ]);
    expect(contactProblems({ ...emptyContact(), firstName: 'A'.repeat(101) })).toEqual([
      { field: 'contact.firstName', problem: 'too-long' },
    ]);
  });

  it('names the control each problem is about', () => {
    expect(fieldId('request', 'serviceCode')).toBe('request-service');
    expect(fieldId('request', 'answers.lane')).toBe('request-answer-lane');
    expect(fieldId('request', 'location')).toBe('request-address');
    expect(fieldId('review-edit', 'description')).toBe('review-edit-description');
    expect(fieldId('request', 'contact.email')).toBe('request-contact-email');
  });

  it('starts an Edit from what the visitor gave, or from the service alone once it was purged', () => {
    const details = {
      answers: { lane: 'left' },
      location: { kind: 'address' as const, address: '1120 SW 5th Ave' },
      description: 'Deep',
      maskedContact: null,
    };
    expect(draftOf({ serviceCode: 'pothole', details })).toEqual({
      serviceCode: 'pothole',
      answers: { lane: 'left' },
      location: 'address',
      address: '1120 SW 5th Ave',
      description: 'Deep',
    });
    expect(draftOf({ serviceCode: 'mystery', details: null })).toEqual({
      ...emptyDraft(),
      serviceCode: 'mystery',
    });
  });
});
