// parser-readline with a length cap: a line longer than the cap is dropped up to its end, never buffered whole.

import type { TransformCallback } from 'node:stream';
import { ReadlineParser } from '@serialport/parser-readline';

export interface CappedLineParserOptions {
  /** Bytes that end a line. */
  delimiter: string;
  /** Longest line kept, in bytes (without the delimiter). */
  maxLineBytes: number;
  /** Called once per line dropped because it ran past `maxLineBytes` before its delimiter arrived. */
  onOverflow: () => void;
}

/** Emits each line as a utf8 string without its delimiter, like ReadlineParser. */
export class CappedLineParser extends ReadlineParser {
  private readonly maxLineBytes: number;
  private readonly onOverflow: () => void;
  /** True after an overflow, until the dropped line's delimiter has gone by. */
  private discarding = false;
  /** While discarding: the last bytes seen, in case the delimiter is split across chunks. */
  private carry = Buffer.alloc(0);

  constructor(options: CappedLineParserOptions) {
    super({ delimiter: options.delimiter, encoding: 'utf8' });
    this.maxLineBytes = options.maxLineBytes;
    this.onOverflow = options.onOverflow;
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    let rest = chunk;
    if (this.discarding) {
      const seen = Buffer.concat([this.carry, chunk]);
      const end = seen.indexOf(this.delimiter);
      if (end === -1) {
        this.carry = seen.subarray(Math.max(0, seen.length - (this.delimiter.length - 1)));
        callback();
        return;
      }
      this.discarding = false;
      this.carry = Buffer.alloc(0);
      rest = seen.subarray(end + this.delimiter.length);
    }
    super._transform(rest, encoding, (error?: Error | null) => {
      if (this.buffer.length > this.maxLineBytes) {
        this.buffer = Buffer.alloc(0);
        this.discarding = true;
        this.onOverflow();
      }
      callback(error);
    });
  }
}
