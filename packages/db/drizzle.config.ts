// drizzle-kit: `npx drizzle-kit generate --config packages/db/drizzle.config.ts --name <meaningful_name>`
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './packages/db/drizzle',
});
