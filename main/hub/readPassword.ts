// Reads a password for the CLI: the first line of piped stdin, or typed twice at a terminal without echo.
import { readSecretLine } from '../secrets/readSecretLine.js';

/** The password: prompted twice (must match) on a terminal, otherwise the first line of stdin. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return (await readSecretLine('')) ?? '';
  const first = await readSecretLine('Password: ');
  const again = first === null ? null : await readSecretLine('Repeat the password: ');
  if (first === null || again === null) throw new Error('no password given: run the command again');
  if (first !== again) throw new Error('the two passwords differ: run the command again');
  return first;
}
