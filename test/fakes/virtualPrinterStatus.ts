// The fake printer's scripted condition (paper, cover, cutter, offline) and its Epson DLE EOT reply bytes.

export type PaperState = 'ok' | 'near-end' | 'out';

export class VirtualPrinterStatus {
  paper: PaperState = 'ok';
  coverOpen = false;
  cutterError = false;
  forcedOffline = false;
  /** Replies forced by the test (e.g. invalid bytes), by n; they win over the scripted condition. */
  readonly forced = new Map<number, number>();

  /** True while the printer cannot print (it then holds incoming print data). */
  offline(): boolean {
    return this.paper === 'out' || this.coverOpen || this.cutterError || this.forcedOffline;
  }

  /** The reply byte to DLE EOT n: fixed bits 1 and 4 set, the rest from the condition. */
  reply(n: number): number {
    const forced = this.forced.get(n);
    if (forced !== undefined) return forced;
    if (n === 1) return 0x12 | (this.offline() ? 0x08 : 0);
    if (n === 2)
      return (
        0x12 | (this.coverOpen ? 0x04 : 0) | (this.paper === 'out' ? 0x20 : 0) | (this.cutterError ? 0x40 : 0)
      );
    if (n === 3) return 0x12 | (this.cutterError ? 0x08 : 0);
    return 0x12 | (this.paper === 'ok' ? 0 : 0x0c) | (this.paper === 'out' ? 0x60 : 0);
  }
}
