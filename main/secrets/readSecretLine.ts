// Reads one secret line (a password or PIN) from stdin: piped input as is, or typed at a terminal without echo.
import { createInterface } from 'node:readline';

/** Resolves with the first line of piped stdin, or `null` when stdin ends with nothing on it. */
function readPipedLine(input: NodeJS.ReadStream): Promise<string | null> {
  const lines = createInterface({ input, terminal: false });
  return new Promise((resolvePromise) => {
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolvePromise(line);
    });
    lines.once('close', () => {
      if (!answered) resolvePromise(null);
    });
  });
}

/** Raw mode: each key arrives as typed; Enter ends the line, Backspace removes a digit, Ctrl+C gives `null`. */
function readHiddenLine(input: NodeJS.ReadStream, output: NodeJS.WriteStream, prompt: string) {
  output.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise<string | null>((resolvePromise) => {
    let typed = '';
    const finish = (value: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      resolvePromise(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003' || char === '\u0004') return finish(null);
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

export function readSecretLine(prompt: string): Promise<string | null> {
  const { stdin, stderr } = process;
  return stdin.isTTY ? readHiddenLine(stdin, stderr, prompt) : readPipedLine(stdin);
}
