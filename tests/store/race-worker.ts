/**
 * One bot instance for the cross-process tests, run from the built dist as a child process:
 * `node dist/tests/store/race-worker.js post|migrate`. It opens the store the environment names
 * (DATABASE_URL, else DATA_DIR), and:
 * - migrate: prints the schema version it found after migrating, and exits;
 * - post: prints "ready", waits for a line on stdin (so racers start together), publishes the
 *   article to CHANNEL through a FilePublisher on SENDS_FILE, and prints the result as JSON.
 */
import { createInterface } from 'node:readline';
import { createPosting } from '../../src/posting/posting.js';
import { openStore } from '../../src/store/open.js';
import { aleppoEngine } from '../posts/article.js';
import { FilePublisher } from './file-publisher.js';

const env = process.env;
const store = await openStore(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR ?? '' });
try {
  if (process.argv[2] === 'migrate') {
    process.stdout.write(`${JSON.stringify({ version: await store.schemaVersion() })}\n`);
  } else {
    const publisher = new FilePublisher(env.SENDS_FILE ?? '');
    const posting = createPosting({ ledger: store.ledger, publishers: [publisher], engine: aleppoEngine() });
    const lines = createInterface({ input: process.stdin });
    const go = new Promise<void>((resolve) => lines.once('line', () => resolve()));
    process.stdout.write('ready\n');
    await go;
    lines.close();
    const result = await posting.publish(publisher.target(env.CHANNEL ?? 'news'), { requestedBy: `worker ${process.pid}` });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} finally {
  await store.close();
}
