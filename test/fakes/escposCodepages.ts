// Test-side name for the Epson code page tables, which now live in printers/preview/ (used by previews).
export {
  type CodePageTable,
  codePageTable,
  codePageTables,
  unsupportedCodePages,
} from '../../printers/preview/escposCodepages.js';
