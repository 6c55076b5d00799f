// Tests the capped line parser as a stream: memory stays bounded by the cap and the dropped line's tail is skipped.
import { describe, expect, it } from 'vitest';
import { CappedLineParser } from '../../../../main/agent/scanner/cappedLineParser.js';

function parser(delimiter: string, maxLineBytes: number) {
  const lines: string[] = [];
  let overflows = 0;
  const p = new CappedLineParser({ delimiter, maxLineBytes, onOverflow: () => overflows++ });
  p.on('data', (line: string) => lines.push(line));
  return { p, lines, overflows: () => overflows };
}

/** Writes one chunk and resolves once the parser has processed it. */
const write = (p: CappedLineParser, chunk: string) =>
  new Promise<void>((resolve, reject) => p.write(Buffer.from(chunk), (e) => (e ? reject(e) : resolve())));

describe('CappedLineParser', () => {
  it('never holds more than the cap of an unterminated line, however much arrives', async () => {
    const { p, lines, overflows } = parser('\r', 64);
    let largest = 0;
    for (let i = 0; i < 1000; i++) {
      await write(p, 'q'.repeat(50));
      largest = Math.max(largest, p.buffer.length);
    }
    expect(largest).toBeLessThanOrEqual(64);
    expect(overflows()).toBe(1);
    await write(p, 'tail\rnext\r');
    expect(lines).toEqual(['next']);
  });

  it('finds the end of a dropped line even when a CRLF delimiter is split across chunks', async () => {
    const { p, lines, overflows } = parser('\r\n', 8);
    await write(p, 'abcdefghijkl');
    await write(p, 'mn\r');
    await write(p, '\nok\r\n');
    expect(overflows()).toBe(1);
    expect(lines).toEqual(['ok']);
  });

  it('passes lines within the cap through unchanged, multibyte text included', async () => {
    const { p, lines, overflows } = parser('\n', 16);
    await write(p, 'Đặng\nSố 7\n');
    expect(lines).toEqual(['Đặng', 'Số 7']);
    expect(overflows()).toBe(0);
  });
});
