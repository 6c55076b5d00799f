// Loading the TLS pair: both or neither, one plain error for a missing file or a key that does not match.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTlsFiles, TlsFileError } from '../../../../main/hub/security/tlsFiles.js';
import { makeSelfSignedCert, opensslMissing, type SelfSignedCert } from './selfSignedCert.js';

const missing = opensslMissing();
if (missing) console.warn(`skipping TLS file tests: ${missing}`);

describe.skipIf(missing !== undefined)('loadTlsFiles', () => {
  let one: SelfSignedCert;
  let other: SelfSignedCert;
  beforeAll(() => {
    one = makeSelfSignedCert();
    other = makeSelfSignedCert();
  });
  afterAll(() => {
    for (const made of [one, other]) rmSync(made.dir, { recursive: true, force: true });
  });

  it('is undefined when neither option is given', () => {
    expect(loadTlsFiles(undefined, undefined)).toBeUndefined();
  });

  it('returns the certificate and key when they are a pair', () => {
    const files = loadTlsFiles(one.certFile, one.keyFile);
    expect(files?.cert.equals(one.cert)).toBe(true);
    expect(files?.key.toString()).toContain('PRIVATE KEY');
  });

  it('wants both or neither', () => {
    expect(() => loadTlsFiles(one.certFile, undefined)).toThrow(
      new TlsFileError('give both --tls-cert and --tls-key, or neither (see --help)'),
    );
    expect(() => loadTlsFiles(undefined, one.keyFile)).toThrow(TlsFileError);
  });

  it('names the option and file it cannot read', () => {
    const absent = join(one.dir, 'absent.pem');
    expect(() => loadTlsFiles(absent, one.keyFile)).toThrow(
      `cannot read --tls-cert file ${absent} (ENOENT): check the path and its permissions`,
    );
    expect(() => loadTlsFiles(one.certFile, one.dir)).toThrow(/^cannot read --tls-key file .* \(EISDIR\)/);
  });

  it('refuses a key of another certificate, and a file that is not PEM', () => {
    expect(() => loadTlsFiles(one.certFile, other.keyFile)).toThrow(/not a matching PEM certificate and key/);
    const junk = join(one.dir, 'junk.pem');
    writeFileSync(junk, 'not a certificate\n');
    expect(() => loadTlsFiles(junk, one.keyFile)).toThrow(/not a matching PEM certificate and key/);
  });
});
