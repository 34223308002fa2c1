// Child process for the kill test: imports a dataset and, once the file named
// in argv[3] is part-way through its COPY, says so on stdout and blocks, so
// that the parent can SIGKILL it with a transaction open.
import { openDatabase } from '@sentinel/db';
import { importDataset } from '../../src/index.ts';

const [dir, stallOn] = process.argv.slice(2);
const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.SENTINEL_DATA_DIR ?? './data' });
let progressEvents = 0;
await importDataset(db, dir, {
  copyChunkBytes: 16 << 10,
  onProgress: (e) => {
    if (e.kind === 'file-progress' && e.file === stallOn && ++progressEvents === 2) {
      process.stdout.write('STALLED\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
  },
});
process.stdout.write('FINISHED\n');
await db.close();
