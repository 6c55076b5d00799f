// Reads one ESC/POS command (Epson dialect) at a time from a byte stream; throws on unknown or cut-short bytes.
// Written from Epson's command reference, independently of the encoder under test.

export interface EscPosCommand {
  /** Mnemonic, e.g. 'ESC @', 'GS ( k', 'LF', 'text'. */
  name: string;
  /** Byte offset of the command in the stream. */
  offset: number;
  /** Total length in bytes. */
  length: number;
  /** Parameter bytes after the command bytes (for GS ( X: cn, fn and the following parameters). */
  params: number[];
  /** Payload: text bytes, symbol data, image data. */
  data?: Uint8Array;
}

export class EscPosDecodeError extends Error {
  override name = 'EscPosDecodeError';
  constructor(
    message: string,
    readonly offset: number,
    /** True when the bytes so far are a valid start but the command is not complete yet. */
    readonly truncated = false,
  ) {
    super(`${message} (at byte ${offset})`);
  }
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

const hex = (b: number | undefined): string =>
  b === undefined ? 'end' : `0x${b.toString(16).padStart(2, '0')}`;
const label = (b: number): string => (b >= 0x21 && b <= 0x7e ? String.fromCharCode(b) : hex(b));

/** Fixed parameter counts of ESC x commands (standard mode), keyed by x. */
const escFixed: Record<string, number> = {
  '@': 0,
  a: 1,
  E: 1,
  G: 1,
  '-': 1,
  '!': 1,
  t: 1,
  d: 1,
  J: 1,
  e: 1,
  M: 1,
  '2': 0,
  '3': 1,
  '=': 1,
  R: 1,
  p: 3,
  V: 1,
  r: 1,
  U: 1,
  '{': 1,
  ' ': 1,
  $: 2,
  '\\': 2,
  '%': 1,
  i: 0,
  m: 0,
  S: 0,
  L: 0,
  c: 2,
};

/** Fixed parameter counts of GS x commands, keyed by x. */
const gsFixed: Record<string, number> = {
  '!': 1,
  B: 1,
  L: 2,
  W: 2,
  h: 1,
  w: 1,
  H: 1,
  f: 1,
  P: 2,
  r: 1,
  a: 1,
  I: 1,
  b: 1,
  $: 2,
  '\\': 2,
  T: 1,
  '/': 1,
};

/** Fixed parameter counts of FS x commands, keyed by x. */
const fsFixed: Record<string, number> = { '.': 0, '&': 0, C: 1, '!': 1, '-': 1, S: 2, W: 1, p: 2 };

/** GS ( x and FS ( x functions that carry a pL pH length; others are unknown. */
const gsParenFunctions = new Set(['A', 'C', 'D', 'E', 'H', 'K', 'L', 'M', 'N', 'P', 'Q', 'k']);
const fsParenFunctions = new Set(['A', 'C', 'E', 'L']);

/** Symbol types of GS ( k, keyed by cn. */
const symbolTypes: Record<number, string> = {
  48: 'PDF417',
  49: 'QR',
  50: 'MaxiCode',
  51: 'GS1 DataBar',
  52: 'Composite',
  53: 'Aztec',
  54: 'DataMatrix',
};

class Reader {
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
    public pos: number,
  ) {}
  byte(what: string): number {
    const b = this.bytes[this.pos];
    if (b === undefined) throw new EscPosDecodeError(`truncated command: ${what} missing`, this.start, true);
    this.pos += 1;
    return b;
  }
  take(count: number, what: string): Uint8Array {
    if (this.pos + count > this.bytes.length) {
      const have = this.bytes.length - this.pos;
      throw new EscPosDecodeError(
        `truncated ${what}: ${count} bytes expected, ${have} present`,
        this.start,
        true,
      );
    }
    const out = this.bytes.slice(this.pos, this.pos + count);
    this.pos += count;
    return out;
  }
  fail(message: string): never {
    throw new EscPosDecodeError(message, this.start);
  }
}

function oneOf(r: Reader, name: string, value: number, allowed: readonly number[]): void {
  if (!allowed.includes(value)) r.fail(`${name}: parameter ${value} is not one of ${allowed.join(', ')}`);
}

function readEsc(r: Reader): Omit<EscPosCommand, 'offset' | 'length'> {
  const x = r.byte('ESC command byte');
  const key = String.fromCharCode(x);
  const name = `ESC ${label(x)}`;
  if (x === 0x34) r.fail('ESC 4 (italic) is not an Epson ESC/POS command');
  if (key === '*') {
    const m = r.byte('ESC * mode');
    oneOf(r, name, m, [0, 1, 32, 33]);
    const width = r.byte('nL') + 256 * r.byte('nH');
    const data = r.take(width * (m >= 32 ? 3 : 1), 'ESC * image data');
    return { name, params: [m, width], data };
  }
  if (key === 'D') {
    const stops: number[] = [];
    for (let b = r.byte('tab stop'); b !== 0; b = r.byte('tab stop')) stops.push(b);
    return { name, params: stops };
  }
  const count = escFixed[key];
  if (count === undefined) r.fail(`unknown command ESC ${label(x)}`);
  const params = Array.from(r.take(count, `${name} parameters`));
  const [n = 0] = params;
  if (key === 'a' || key === '-') oneOf(r, name, n, [0, 1, 2, 48, 49, 50]);
  if (key === 'M') oneOf(r, name, n, [0, 1, 2, 3, 4, 48, 49, 50, 51, 52, 97, 98]);
  if (key === 'p') oneOf(r, name, n, [0, 1, 48, 49]);
  if (key === 'R' && !(n <= 17 || (n >= 66 && n <= 75) || n === 82))
    r.fail(`ESC R: no international set ${n}`);
  if (key === 'c' && ![0x33, 0x34, 0x35].includes(n)) r.fail(`unknown command ESC c ${hex(n)}`);
  return { name: key === 'c' ? `ESC c ${label(n)}` : name, params };
}

function readBarcode(r: Reader): Omit<EscPosCommand, 'offset' | 'length'> {
  const m = r.byte('GS k symbology');
  if (m <= 6) {
    const start = r.pos;
    while (r.byte('GS k data terminator (NUL)') !== 0);
    return { name: 'GS k', params: [m], data: r.bytes.slice(start, r.pos - 1) };
  }
  if (m < 65 || m > 79) r.fail(`GS k: unknown symbology ${m}`);
  const n = r.byte('GS k data length');
  if (n === 0) r.fail('GS k: empty barcode data');
  const data = r.take(n, 'GS k barcode data');
  if (m === 73 && !(data[0] === 0x7b && [0x41, 0x42, 0x43].includes(data[1] ?? 0))) {
    r.fail('GS k CODE128 data must start with a code set selection {A, {B or {C');
  }
  return { name: 'GS k', params: [m], data };
}

function readQr(r: Reader, body: Uint8Array): Omit<EscPosCommand, 'offset' | 'length'> {
  const [, fn = 0, ...rest] = body;
  const name = 'GS ( k';
  const expect = (len: number) => {
    if (body.length !== len) r.fail(`GS ( k QR function ${fn}: length ${body.length}, expected ${len}`);
  };
  switch (fn) {
    case 65:
      expect(4);
      oneOf(r, 'QR model', rest[0] ?? 0, [49, 50, 51]);
      if (rest[1] !== 0) r.fail('QR model: second parameter must be 0');
      return { name, params: [49, fn, ...rest] };
    case 67:
      expect(3);
      if ((rest[0] ?? 0) < 1 || (rest[0] ?? 0) > 16) r.fail(`QR module size ${rest[0]} is not 1-16`);
      return { name, params: [49, fn, ...rest] };
    case 69:
      expect(3);
      oneOf(r, 'QR error correction', rest[0] ?? 0, [48, 49, 50, 51]);
      return { name, params: [49, fn, ...rest] };
    case 80:
      if (body.length < 4) r.fail('QR store: no data');
      if (rest[0] !== 48) r.fail('QR store: m must be 48');
      return { name, params: [49, fn, 48], data: body.slice(3) };
    case 81:
    case 82:
      expect(3);
      if (rest[0] !== 48) r.fail(`QR function ${fn}: m must be 48`);
      return { name, params: [49, fn, 48] };
    default:
      return r.fail(`GS ( k: unknown QR function ${fn}`);
  }
}

function readParen(r: Reader, prefix: 'GS' | 'FS'): Omit<EscPosCommand, 'offset' | 'length'> {
  const fnByte = r.byte(`${prefix} ( function`);
  const fn = String.fromCharCode(fnByte);
  const known = prefix === 'GS' ? gsParenFunctions : fsParenFunctions;
  if (!known.has(fn)) r.fail(`unknown command ${prefix} ( ${label(fnByte)}`);
  const length = r.byte('pL') + 256 * r.byte('pH');
  const body = r.take(length, `${prefix} ( ${fn} parameters`);
  const name = `${prefix} ( ${fn}`;
  if (prefix === 'GS' && fn === 'k') {
    if (length < 2) r.fail('GS ( k: needs at least cn and fn');
    const cn = body[0] ?? 0;
    if (!(cn in symbolTypes)) r.fail(`GS ( k: unknown symbol type cn=${cn}`);
    if (cn === 49) return readQr(r, body);
    return { name, params: Array.from(body.slice(0, 2)), data: body.slice(2) };
  }
  return { name, params: [], data: body };
}

function readGs(r: Reader): Omit<EscPosCommand, 'offset' | 'length'> {
  const x = r.byte('GS command byte');
  const key = String.fromCharCode(x);
  const name = `GS ${label(x)}`;
  if (key === '(') return readParen(r, 'GS');
  if (key === 'k') return readBarcode(r);
  if (key === 'V') {
    const m = r.byte('GS V mode');
    if ([0, 1, 48, 49].includes(m)) return { name, params: [m] };
    if ([65, 66, 97, 98, 103, 104].includes(m)) return { name, params: [m, r.byte('GS V feed amount')] };
    return r.fail(`GS V: unknown cut mode ${m}`);
  }
  if (key === 'v') {
    if (r.byte('GS v function') !== 0x30) r.fail('GS v: only GS v 0 (raster image) exists');
    const m = r.byte('GS v 0 mode');
    oneOf(r, 'GS v 0', m, [0, 1, 2, 3, 48, 49, 50, 51]);
    const widthBytes = r.byte('xL') + 256 * r.byte('xH');
    const height = r.byte('yL') + 256 * r.byte('yH');
    if (widthBytes === 0 || height === 0) r.fail('GS v 0: empty image');
    const data = r.take(widthBytes * height, 'GS v 0 raster data');
    return { name: 'GS v 0', params: [m, widthBytes, height], data };
  }
  const count = gsFixed[key];
  if (count === undefined) r.fail(`unknown command GS ${label(x)}`);
  const params = Array.from(r.take(count, `${name} parameters`));
  const [n = 0] = params;
  if (key === '!' && (n >> 4 > 7 || (n & 0x0f) > 7)) r.fail(`GS !: size ${hex(n)} out of range`);
  if (key === 'H') oneOf(r, name, n, [0, 1, 2, 3, 48, 49, 50, 51]);
  if (key === 'w' && (n < 1 || n > 6)) r.fail(`GS w: module width ${n} is not 1-6`);
  if (key === 'h' && n < 1) r.fail('GS h: height must be at least 1');
  return { name, params };
}

function readDle(r: Reader): Omit<EscPosCommand, 'offset' | 'length'> {
  const x = r.byte('DLE command byte');
  if (x === 0x04) {
    const n = r.byte('DLE EOT n');
    oneOf(r, 'DLE EOT', n, [1, 2, 3, 4]);
    return { name: 'DLE EOT', params: [n] };
  }
  if (x === 0x05) {
    const n = r.byte('DLE ENQ n');
    oneOf(r, 'DLE ENQ', n, [1, 2]);
    return { name: 'DLE ENQ', params: [n] };
  }
  if (x === 0x14) {
    const fn = r.byte('DLE DC4 function');
    const sizes: Record<number, number> = { 1: 2, 2: 2, 7: 1, 8: 7 };
    const size = sizes[fn];
    if (size === undefined) r.fail(`DLE DC4: unknown function ${fn}`);
    return { name: 'DLE DC4', params: [fn, ...r.take(size, 'DLE DC4 parameters')] };
  }
  return r.fail(`unknown command DLE ${hex(x)}`);
}

/** Reads the command at `offset`. Runs of printable bytes (0x20-0xFF) come back as one 'text' command. */
export function readCommand(bytes: Uint8Array, offset: number): EscPosCommand {
  const r: Reader = new Reader(bytes, offset, offset + 1);
  const first = bytes[offset];
  if (first === undefined) throw new EscPosDecodeError('no more bytes', offset, true);
  let body: Omit<EscPosCommand, 'offset' | 'length'>;
  if (first >= 0x20) {
    while ((bytes[r.pos] ?? 0) >= 0x20) r.pos += 1;
    body = { name: 'text', params: [], data: bytes.slice(offset, r.pos) };
  } else if (first === ESC) body = readEsc(r);
  else if (first === GS) body = readGs(r);
  else if (first === FS) {
    const x = r.byte('FS command byte');
    if (x === 0x28) body = readParen(r, 'FS');
    else {
      const count = fsFixed[String.fromCharCode(x)];
      if (count === undefined) r.fail(`unknown command FS ${label(x)}`);
      body = { name: `FS ${label(x)}`, params: Array.from(r.take(count, `FS ${label(x)} parameters`)) };
    }
  } else if (first === DLE) body = readDle(r);
  else if (first === 0x0a) body = { name: 'LF', params: [] };
  else if (first === 0x0d) body = { name: 'CR', params: [] };
  else if (first === 0x09) body = { name: 'HT', params: [] };
  else return r.fail(`unknown control byte ${hex(first)}`);
  return { ...body, offset, length: r.pos - offset };
}
