// One lint config for the whole repo. The import boundaries below are the
// architecture's "dependencies point one way" rule, enforced.
import tseslint from 'typescript-eslint';

const frameworkAndIo = [
  '@sentinel/db', '@sentinel/server', '@sentinel/services', '@sentinel/ingest', '@sentinel/cli', '@sentinel/web',
  'fastify', 'fastify/*', '@fastify/*', 'react', 'react-dom', 'antd', 'echarts',
  'drizzle-orm', 'drizzle-orm/*', 'pg', 'pg-copy-streams', '@electric-sql/pglite', '@electric-sql/pglite/*',
  'node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:net', 'node:http', 'node:child_process',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.js', 'packages/db/drizzle/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One configuration (packages/server/src/config): it alone reads the
    // environment; everything else gets its settings passed in. Tests, benches
    // and build tooling may read and set variables.
    files: ['packages/*/src/**/*.ts', 'packages/*/src/**/*.tsx'],
    ignores: ['packages/server/src/config/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings from the configuration (packages/server/src/config), declared once in settings.ts.' }],
    },
  },
  {
    // Pure logic: no IO, no framework, no database (architecture.md).
    files: ['packages/domain/src/**/*.ts', 'packages/detection/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [], patterns: [{ group: frameworkAndIo, message: 'domain and detection are pure: no IO, framework or database imports.' }] }],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...frameworkAndIo, '@sentinel/detection'], message: 'domain is pure and imports no other workspace.' }] }],
    },
  },
);
