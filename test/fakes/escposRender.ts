// Test-side name for the receipt plain-text renderer, which now lives with the product's ESC/POS preview code.
export { renderText } from '../../printers/preview/escposText.js';
