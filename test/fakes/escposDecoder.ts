// Test-side name for the strict ESC/POS decoder, which now lives in printers/preview/ (also drives previews).
export * from '../../printers/preview/escposDecoder.js';
