// Runs the fake case store on its own for local development and the demo:
//   tsx test/fakes/fakeCaseStoreCli.ts --port 8313 [--api-key k] [--deduplicate]
// Prints its GeoReport base URL and runs until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import { startFakeCaseStore } from './fakeCaseStore.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8313' },
    host: { type: 'string', default: '127.0.0.1' },
    'api-key': { type: 'string' },
    deduplicate: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(
    'usage: fakeCaseStoreCli.ts [--port 8313] [--host 127.0.0.1] [--api-key k] [--deduplicate]\n',
  );
  process.exit(2);
}

const store = await startFakeCaseStore({
  port,
  host: values.host,
  apiKey: values['api-key'] ?? null,
  deduplicate: values.deduplicate,
});
process.stdout.write(`fake case store listening on ${store.baseUrl}\n`);

const stop = () => {
  store.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
