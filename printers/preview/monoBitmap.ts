// A growable 1-bit image (fixed width, rows added as drawing goes down the paper) for ticket previews.

export class MonoBitmap {
  /** One byte per pixel while drawing (1 = black); packed to bits only when encoded. */
  private pixels: Uint8Array;
  private rows = 0;

  constructor(readonly width: number) {
    if (!Number.isInteger(width) || width < 8 || width > 4096) {
      throw new RangeError(`preview width ${width} dots is not between 8 and 4096`);
    }
    this.pixels = new Uint8Array(width * 256);
  }

  get height(): number {
    return this.rows;
  }

  /** Makes the image at least `height` rows tall (new rows are white). */
  grow(height: number): void {
    if (height <= this.rows) return;
    if (height * this.width > this.pixels.length) {
      const next = new Uint8Array(Math.max(height * this.width, this.pixels.length * 2));
      next.set(this.pixels);
      this.pixels = next;
    }
    this.rows = height;
  }

  set(x: number, y: number): void {
    if (x < 0 || y < 0 || x >= this.width) return;
    this.grow(y + 1);
    this.pixels[y * this.width + x] = 1;
  }

  isBlack(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.rows && this.pixels[y * this.width + x] === 1;
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    for (let row = y; row < y + h; row += 1) for (let col = x; col < x + w; col += 1) this.set(col, row);
  }

  strokeRect(x: number, y: number, w: number, h: number, thickness = 1): void {
    this.fillRect(x, y, w, thickness);
    this.fillRect(x, y + h - thickness, w, thickness);
    this.fillRect(x, y, thickness, h);
    this.fillRect(x + w - thickness, y, thickness, h);
  }

  /** Rows packed for PNG: each row ceil(width / 8) bytes, most significant bit leftmost, 1 = white. */
  packedRows(): Uint8Array[] {
    const rowBytes = Math.ceil(this.width / 8);
    const out: Uint8Array[] = [];
    for (let y = 0; y < this.rows; y += 1) {
      const row = new Uint8Array(rowBytes).fill(0xff);
      for (let x = 0; x < this.width; x += 1) {
        if (this.pixels[y * this.width + x] === 1) row[x >> 3]! &= ~(0x80 >> (x & 7));
      }
      out.push(row);
    }
    return out;
  }
}
