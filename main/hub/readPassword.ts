// Reads a password for the CLI: the first line of piped stdin, or typed at a terminal prompt without echo.
import type { ReadStream } from 'node:tty';

/** The first line of a non-terminal stdin (without its line end); empty string when stdin is empty. */
async function firstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Prompts on stderr and reads one line from a terminal with echo off; Ctrl-C exits with code 130. */
function typed(stdin: ReadStream, prompt: string): Promise<string> {
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') {
          process.stderr.write('\n');
          process.exit(130);
        }
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The password: prompted twice (must match) on a terminal, otherwise the first line of stdin. */
export async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return firstLine(stdin);
  const first = await typed(stdin, 'Password: ');
  const again = await typed(stdin, 'Repeat the password: ');
  if (first !== again) throw new Error('the two passwords differ: run the command again');
  return first;
}
