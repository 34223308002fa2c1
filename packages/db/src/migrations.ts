import { fileURLToPath } from 'node:url';

/** The committed drizzle-kit migrations (packages/db/drizzle), applied by each driver's migrator. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
