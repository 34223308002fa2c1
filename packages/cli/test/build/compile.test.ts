// The production build (build/compile.js): workspace imports become relative
// paths into the compiled dist/ trees, relative .ts imports become .js, and the
// output is plain JavaScript Node runs without a loader.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transpile } from '../../build/compile.js';
import { nodePackages, REPO_ROOT } from '../../build/fingerprint.js';

const CLI_SRC = path.join(REPO_ROOT, 'packages/cli/src/commands/x.ts');
const CLI_OUT = path.join(REPO_ROOT, 'packages/cli/dist/commands/x.js');

describe('compile', () => {
  it('points workspace imports, re-exports and dynamic imports at the compiled dist/ files', () => {
    const js = transpile([
      "import { openDatabase } from '@sentinel/db';",
      "export { DEMO_DEFAULTS } from '@sentinel/demo';",
      "import { MAX_TEXT } from '@sentinel/contract/limits';",
      "export const load = () => import('@sentinel/services');",
      'console.log(openDatabase, MAX_TEXT);',
    ].join('\n'), CLI_SRC, CLI_OUT);
    expect(js).toContain('from "../../../db/dist/index.js"');
    expect(js).toContain('from "../../../demo/dist/index.js"');
    expect(js).toContain('from "../../../contract/dist/limits.js"');
    expect(js).toContain('import("../../../services/dist/index.js")');
    expect(js).not.toContain('@sentinel/');
  });

  it('rewrites relative .ts imports to .js and drops type-only imports', () => {
    const js = transpile([
      "import type { Database } from '@sentinel/db';",
      "import { parseOptions } from '../args.ts';",
      "const load = () => import('./demo.ts');",
      'export const f = (db: Database): unknown => [db, parseOptions, load];',
    ].join('\n'), CLI_SRC, CLI_OUT);
    expect(js).toMatch(/from ['"]..\/args.js['"]/);
    expect(js).toMatch(/import\(['"].\/demo.js['"]\)/);
    expect(js).not.toContain('Database');
  });

  it('refuses a workspace subpath the package does not export', () => {
    expect(() => transpile("import '@sentinel/db/nope';", CLI_SRC, CLI_OUT)).toThrow(/packages\/db\/package.json/);
  });

  it('builds every Node workspace and leaves the web app to Vite', () => {
    const names = nodePackages();
    expect(names).toEqual(expect.arrayContaining(['cli', 'db', 'domain', 'detection', 'server', 'services']));
    expect(names).not.toContain('web');
  });
});
