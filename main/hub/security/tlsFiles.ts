// Reads the hub's TLS certificate and key (both or neither) and checks they form a usable pair.
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

export class TlsFileError extends Error {
  override name = 'TlsFileError';
}

function readPem(option: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new TlsFileError(
      `cannot read ${option} file ${file} (${code}): check the path and its permissions`,
    );
  }
}

/** The pair named on the command line, undefined when neither is given; one plain-sentence error otherwise. */
export function loadTlsFiles(certFile?: string, keyFile?: string): TlsFiles | undefined {
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    throw new TlsFileError('give both --tls-cert and --tls-key, or neither (see --help)');
  }
  const files = { cert: readPem('--tls-cert', certFile), key: readPem('--tls-key', keyFile) };
  try {
    createSecureContext(files);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new TlsFileError(
      `the --tls-cert and --tls-key files are not a matching PEM certificate and key (${reason})`,
    );
  }
  return files;
}
