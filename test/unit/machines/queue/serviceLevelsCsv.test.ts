// serviceLevelsCsv: RFC 4180 lines with CRLF, empty cells for nulls, and cells that cannot become formulas.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../machines/queue/serviceLevelCsv.js';
import { computeServiceLevels, serviceLevelsCsv } from '../../../../machines/queue/serviceLevels.js';
import { at, config, day, visit } from './serviceLevelsFixtures.js';

describe('csvCell', () => {
  it('prefixes a single quote to cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(0.3333)).toBe('0.3333');
    expect(csvCell(null)).toBe('');
  });
});

describe('serviceLevelsCsv', () => {
  it('writes a header, one line per group, then the total, each ending in CRLF', () => {
    // One utility visitor: waited 9 minutes, walked 1, served 5, resolved.
    const v = visit()
      .issued(at('09:00'))
      .called(at('09:09'), 'counter-1')
      .arrived(at('09:10'), 'counter-1')
      .completed(at('09:15'), 'counter-1', 'resolved')
      .build();
    const report = computeServiceLevels({
      config,
      query: { from: day, to: day, by: 'service' },
      visits: [v],
      floor: [],
      now: new Date(at('18:00')),
    });
    const csv = serviceLevelsCsv(report);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(0, -2).split('\r\n');
    expect(lines).toEqual([
      'service,visitors,called,wait_p50_minutes,wait_p90_minutes,walk_mean_minutes,service_mean_minutes,' +
        'called_within_15_minutes_rate,no_show_rate,left_while_waiting,left_when_called,left_while_serving,' +
        'left_while_parked,first_contact_resolution_rate',
      'utility-bills,1,1,9,9,1,5,1,0,0,0,0,0,1',
      'permits,0,0,,,,,,,0,0,0,0,',
      'total,1,1,9,9,1,5,1,0,0,0,0,0,1',
    ]);
  });
});
