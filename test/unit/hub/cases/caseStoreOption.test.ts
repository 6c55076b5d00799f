// The hub's --case-store option as parsed from the command line, and its help text.
import { describe, expect, it } from 'vitest';
import { helpText, parseHubArgs } from '../../../../main/hub/cliArgs.js';

describe('--case-store', () => {
  it('is read as given, and left out means none', () => {
    expect(parseHubArgs(['--case-store', 'open311+https://311.example.org/v2']).given.caseStore).toBe(
      'open311+https://311.example.org/v2',
    );
    expect(parseHubArgs([]).given.caseStore).toBeUndefined();
  });

  it('is explained in --help with where the API key and jurisdiction come from', () => {
    expect(helpText).toContain('--case-store <uri>');
    expect(helpText).toContain('LOBBY311_CASE_STORE_API_KEY');
    expect(helpText).toContain('LOBBY311_CASE_STORE_JURISDICTION');
  });
});
