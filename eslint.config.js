// One lint config for the whole repo. The import boundaries below are the
// architecture's "dependencies point one way" rule (docs/architecture.md), enforced.
import tseslint from 'typescript-eslint';

const frameworkAndIo = [
  '@sentinel/db', '@sentinel/server', '@sentinel/services', '@sentinel/ingest', '@sentinel/cli', '@sentinel/web',
  'fastify', 'fastify/*', '@fastify/*', 'react', 'react-dom', 'antd', 'echarts',
  'drizzle-orm', 'drizzle-orm/*', 'pg', 'pg-copy-streams', '@electric-sql/pglite', '@electric-sql/pglite/*',
  'node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:net', 'node:http', 'node:child_process',
];

/** Workspace → the workspaces its src/ may import. Everything else is refused. */
const ARROWS = {
  domain: [],
  detection: ['domain'],
  contract: ['domain'],
  ingest: ['domain'],
  documents: ['domain'],
  demo: ['domain'],
  // db reaches into ingest for the bulk loader's row parsers (issue #17 item 4: a loader package).
  db: ['domain', 'ingest'],
  services: ['contract', 'db', 'detection', 'documents', 'domain', 'ingest'],
  server: ['contract', 'db', 'documents', 'domain', 'services'],
  cli: ['db', 'demo', 'detection', 'domain', 'ingest', 'server', 'services'],
  // The web app talks to the server over HTTP: it imports the pure domain and the
  // contract's types (only @sentinel/contract/limits at run time: no schema library in the bundle).
  web: ['contract', 'domain'],
};

/** Packages with no IO at all: no framework, database, file system or network. */
const PURE = new Set(['domain', 'detection', 'contract']);

const workspaceImports = (names) => names.flatMap((w) => [`@sentinel/${w}`, `@sentinel/${w}/*`]);

function boundary(pkg, { files = [`packages/${pkg}/src/**/*.ts`, `packages/${pkg}/src/**/*.tsx`], also = [], message } = {}) {
  const refused = Object.keys(ARROWS).filter((w) => w !== pkg && !ARROWS[pkg].includes(w));
  const allowed = ARROWS[pkg].length > 0 ? ARROWS[pkg].join(', ') : 'no other workspace';
  const patterns = [
    { group: [...new Set([...workspaceImports(refused), ...also])], message: message ?? `${pkg} may import ${allowed} (docs/architecture.md).` },
    // Another package's sources or tests by relative path bypass the arrows above.
    { regex: '^(\\.\\./)+.*\\b(src|test)/', message: 'import another package by its name (@sentinel/...), not by a relative path into it.' },
  ];
  if (PURE.has(pkg)) patterns.push({ group: frameworkAndIo, message: `${pkg} is pure: no IO, framework or database imports.` });
  const paths = pkg === 'web' ? [{ name: '@sentinel/contract', allowTypeImports: true, message: 'the web imports the contract\'s types only (run-time constants: @sentinel/contract/limits).' }] : [];
  return {
    files,
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
    },
  };
}

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
  // Which workspaces each package's sources may import (docs/architecture.md
  // draws these arrows). One config object per package: for a given file the
  // last matching no-restricted-imports options win, so each object carries
  // its package's whole list.
  ...Object.keys(ARROWS).map((pkg) => boundary(pkg)),
  // Routes are thin: schema, context, one service call, one reply helper.
  // The database, document rendering and dataset parsing stay behind services.
  boundary('server', {
    files: ['packages/server/src/routes/**/*.ts'],
    also: ['@sentinel/db', '@sentinel/documents', '@sentinel/ingest'],
    message: 'routes call @sentinel/services; the db, documents and ingest packages stay behind it.',
  }),
);
