// The hub as the benchmarks run it in its own process: createHub on a data folder and a site file, listening on
// a free port of 127.0.0.1; prints "bench hub listening on <url>" and closes cleanly on SIGTERM.
//   node --import tsx bench/lib/hubChild.ts <dataDir> <site.json>
import { join } from 'node:path';
import { loadSiteConfig } from '../../main/hub/loadConfig.js';
import { createHub } from '../../main/hub/server.js';

const [dataDir, configFile] = process.argv.slice(2);
if (!dataDir || !configFile) throw new Error('usage: hubChild.ts <dataDir> <site.json>');
const hub = await createHub({
  dataDir,
  config: loadSiteConfig(configFile),
  rendererDir: join(dataDir, 'no-renderer'),
});
const url = await hub.app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`bench hub listening on ${url}\n`);
process.once('SIGTERM', () => {
  void hub.close().then(() => process.exit(0));
});
