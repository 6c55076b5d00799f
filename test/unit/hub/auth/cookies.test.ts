// parseCookieHeader and serializeCookie: the small cookie handling the hub does without @fastify/cookie.
import { describe, expect, it } from 'vitest';
import { clearCookie, parseCookieHeader, serializeCookie } from '../../../../main/hub/auth/cookies.js';

describe('parseCookieHeader', () => {
  it('reads name=value pairs separated by semicolons, trimming spaces', () => {
    const cookies = parseCookieHeader('a=1; lobby311_session=abc_DEF-123 ;theme=dark');
    expect([...cookies]).toEqual([
      ['a', '1'],
      ['lobby311_session', 'abc_DEF-123'],
      ['theme', 'dark'],
    ]);
  });

  it('keeps the first of duplicate names, unquotes, and decodes %-escapes', () => {
    const cookies = parseCookieHeader('x=first; x=second; q="quoted"; e=a%20b');
    expect(cookies.get('x')).toBe('first');
    expect(cookies.get('q')).toBe('quoted');
    expect(cookies.get('e')).toBe('a b');
  });

  it('skips malformed pairs and broken escapes instead of failing', () => {
    const cookies = parseCookieHeader('novalue; =nameless; bad name=1; broken=%E0%A4%A; ok=yes');
    expect([...cookies]).toEqual([['ok', 'yes']]);
  });

  it('answers an empty map without a header', () => {
    expect(parseCookieHeader(undefined).size).toBe(0);
    expect(parseCookieHeader('').size).toBe(0);
  });
});

describe('serializeCookie', () => {
  it('sets Path=/, Max-Age, HttpOnly and SameSite=Strict, and Secure only when asked', () => {
    expect(serializeCookie('s', 'tok', { maxAgeSeconds: 43200, secure: false })).toBe(
      's=tok; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict',
    );
    expect(serializeCookie('s', 'tok', { maxAgeSeconds: 1.9, secure: true })).toBe(
      's=tok; Path=/; Max-Age=1; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('encodes a value that would break the header, and round-trips through the parser', () => {
    const header = serializeCookie('s', 'a;b c', { maxAgeSeconds: 5, secure: false });
    expect(header.startsWith('s=a%3Bb%20c;')).toBe(true);
    expect(parseCookieHeader(header.split(';')[0]).get('s')).toBe('a;b c');
  });

  it('clears a cookie with an empty value and Max-Age=0', () => {
    expect(clearCookie('s', true)).toBe('s=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure');
  });
});
