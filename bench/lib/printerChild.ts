// The virtual ESC/POS printer in its own process (it keeps every job it receives, which must not count in the
// soak's memory): prints "virtual printer on <tcp url>", takes one job after another, and obeys stdin lines
// "paper out", "paper ok", "cover open", "cover closed".
import { createInterface } from 'node:readline';
import { startVirtualPrinter } from '../../test/fakes/virtualPrinter.js';

const printer = await startVirtualPrinter();
process.stdout.write(`virtual printer on ${printer.url}\n`);
const drain = async () => {
  for (;;) await printer.nextJob().catch(() => null);
};
void drain();
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'paper out') printer.setPaper('out');
  else if (line === 'paper ok') printer.setPaper('ok');
  else if (line === 'cover open') printer.setCover(true);
  else if (line === 'cover closed') printer.setCover(false);
});
process.stdin.on('end', () => {
  void printer.close().then(() => process.exit(0));
});
