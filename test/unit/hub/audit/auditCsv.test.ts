// Audit CSV: RFC 4180 quoting, CRLF line ends, and cells a spreadsheet would run as formulas made inert.
import { describe, expect, it } from 'vitest';
import { auditCsv, csvCell } from '../../../../main/hub/audit/auditCsv.js';

describe('audit CSV', () => {
  it('quotes cells with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes a quote to the formula-looking cell %j',
    (cell) => {
      const out = csvCell(cell);
      expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(out).toContain(cell.replaceAll('"', '""'));
    },
  );

  it('writes a header and one CRLF-terminated line per entry', () => {
    const csv = auditCsv([
      {
        seq: 1,
        at: '2026-11-26T18:00:00.000Z',
        actor: 'staff:ana',
        action: 'callNext',
        target: null,
        outcome: 'ok',
      },
      {
        seq: 2,
        at: '2026-11-26T18:01:00.000Z',
        actor: 'anonymous',
        action: 'login.failed',
        target: '=cmd',
        outcome: 'refused',
      },
    ]);
    expect(csv).toBe(
      'seq,at,actor,action,target,outcome\r\n' +
        '1,2026-11-26T18:00:00.000Z,staff:ana,callNext,,ok\r\n' +
        "2,2026-11-26T18:01:00.000Z,anonymous,login.failed,'=cmd,refused\r\n",
    );
  });
});
