// Tests recognising a scanned ticket QR code: the status URL on this site's public base URL, or a bare token.
import { describe, expect, it } from 'vitest';
import { ticketFromScan } from '../../../../main/agent/scanner/scannedTicket.js';

const token = 'Zx3_k9-QpLmN0aBcDeFgHiJ';
const base = 'https://lobby.example.gov/q';

describe('ticketFromScan', () => {
  it('returns the token of a status URL on the configured base, as printed on tickets', () => {
    expect(ticketFromScan(`https://lobby.example.gov/q/status/${token}`, base)).toBe(token);
    expect(ticketFromScan(`https://lobby.example.gov/q/status/${token}\r\n`, `${base}/`)).toBe(token);
    expect(ticketFromScan(`HTTPS://LOBBY.example.gov/q/status/${token}/?utm=x#top`, base)).toBe(token);
    expect(ticketFromScan(`https://lobby.example.gov/status/${token}`, 'https://lobby.example.gov')).toBe(
      token,
    );
  });

  it('returns a bare token of the right shape', () => {
    expect(ticketFromScan(`  ${token} `, base)).toBe(token);
    expect(ticketFromScan('a'.repeat(64), base)).toBe('a'.repeat(64));
  });

  it.each([
    ['another host', `https://evil.example.com/q/status/${token}`],
    ['another scheme', `http://lobby.example.gov/q/status/${token}`],
    ['another port', `https://lobby.example.gov:8443/q/status/${token}`],
    ['credentials in the URL', `https://user@lobby.example.gov/q/status/${token}`],
    ['outside the base path', `https://lobby.example.gov/status/${token}`],
    ['another page', `https://lobby.example.gov/q/cancel/${token}`],
    ['a token too short', 'https://lobby.example.gov/q/status/abc'],
    ['a token with other characters', `https://lobby.example.gov/q/status/${token.slice(0, 21)}%2F`],
    ['a deeper path', `https://lobby.example.gov/q/status/${token}/cancel`],
    ['a bare token too short', 'A042'],
    ['a bare token too long', 'a'.repeat(65)],
    ['a product barcode', '4006381333931'],
    ['an empty scan', '   '],
    ['text that is not a URL', 'hello world'],
  ])('returns null for %s', (_what, scanned) => {
    expect(ticketFromScan(scanned, base)).toBeNull();
  });

  it('returns null when the configured base URL is not a URL', () => {
    expect(ticketFromScan(`https://lobby.example.gov/q/status/${token}`, 'lobby')).toBeNull();
  });
});
