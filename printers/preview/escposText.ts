// Renders a decoded receipt as readable plain text: big text tagged with its size, symbols and cuts named.
import type { DecodedReceipt, ReceiptItem } from './escposDecoder.js';

function renderItem(item: ReceiptItem): string[] {
  switch (item.kind) {
    case 'text': {
      const { line } = item;
      const big = line.size.width > 1 || line.size.height > 1;
      const tag = big ? `[${line.size.width}x${line.size.height}] ` : '';
      return [`${' '.repeat(line.indent)}${tag}${line.text}`];
    }
    case 'feed':
      return Array.from({ length: Math.min(item.lines, 2) }, () => '');
    case 'qr':
      return [`[QR ${item.data}]`];
    case 'barcode':
      return [`[BARCODE ${item.barcode.symbology} ${item.barcode.data}]`];
    case 'raster':
      return [`[IMAGE ${item.width}x${item.height}]`];
    case 'cut':
      return [item.partial ? '- - - - partial cut - - - -' : '-------- cut --------'];
  }
}

/** Plain-text picture of the receipt (feeds longer than two lines are shortened to two). */
export function renderText(receipt: DecodedReceipt): string {
  return `${receipt.items.flatMap(renderItem).join('\n')}\n`;
}
