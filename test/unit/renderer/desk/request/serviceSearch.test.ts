// Finding a service by typing: word starts of name, group, keywords or code, accents and case ignored; every
// typed word must match; groups kept in catalog order.
import { describe, expect, it } from 'vitest';
import { filterServices, groupServices } from '../../../../../renderer/screens/desk/request/serviceSearch.js';
import { catalog } from './catalogFixture.js';

const codes = (query: string) => filterServices(catalog.services, query).map((s) => s.code);

describe('service search', () => {
  it('lists every service for a blank query', () => {
    expect(codes('  ')).toEqual(['pothole', 'streetlight-out', 'homeless-camp-cleanup']);
  });

  it('matches the start of a word of the name, group, keywords or code', () => {
    expect(codes('pot')).toEqual(['pothole']);
    expect(codes('STREETS')).toEqual(['pothole', 'streetlight-out']);
    expect(codes('lamp')).toEqual(['streetlight-out']);
    expect(codes('tent')).toEqual(['homeless-camp-cleanup']);
    expect(codes('homeless')).toEqual(['homeless-camp-cleanup']);
  });

  it('needs every typed word to match, ignores accents, and finds longer words inside others', () => {
    expect(codes('street light')).toEqual(['streetlight-out']);
    expect(codes('póthole road')).toEqual(['pothole']);
    expect(codes('pot lamp')).toEqual([]);
    expect(codes('ole')).toEqual([]);
  });

  it('groups services in the order their groups first appear', () => {
    expect(groupServices(catalog.services).map(([group, list]) => [group, list.length])).toEqual([
      ['Streets', 2],
      ['Parks and public spaces', 1],
    ]);
  });
});
