import type { Command } from '../command.js';
import { intOption, stringOption } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { openExistingStore } from '../open-store.js';
import { EXIT, RecoupeError, UsageError } from '../../errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../web/server.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'open the local web app on the store (read-only)',
  usage: 'recoupe serve [--db PATH] [--port N] [--host ADDRESS]',
  details: 'Binds 127.0.0.1 unless --host says otherwise; the store is opened read-only, so an ingest may run at the same time. Stop with Ctrl-C.',
  examples: ['recoupe serve', 'recoupe serve --db corpus.db --port 9000'],
  options: {
    ...DB_OPTION,
    port: { type: 'string', short: 'p', valueName: 'N', description: 'port to listen on (0: any free port)', default: String(DEFAULT_PORT) },
    host: { type: 'string', valueName: 'ADDRESS', description: 'address to bind; anything but loopback exposes the store to the network', default: DEFAULT_HOST },
  },
  async run(values) {
    const db = dbPath(values);
    openExistingStore(db).close();
    const port = intOption(values, 'port', DEFAULT_PORT);
    if (port > 65535) throw new UsageError(`--port wants 0 to 65535, got ${port}`);
    const host = stringOption(values, 'host') ?? DEFAULT_HOST;
    const server = await startServer({ db, port, host }).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EADDRNOTAVAIL' || err.code === 'EACCES') {
        throw new RecoupeError(`cannot listen on ${host}:${port} (${err.code}); try another --port or --host`, EXIT.usage);
      }
      throw err;
    });
    process.stderr.write(`recoupe: serving ${db} read-only at ${server.url}/ (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return EXIT.ok;
  },
};
