// Test-side name for the strict ESC/POS command reader, which now lives in printers/preview/ (used by previews).
export { type EscPosCommand, EscPosDecodeError, readCommand } from '../../printers/preview/escposCommands.js';
