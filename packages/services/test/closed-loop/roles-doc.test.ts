import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rolePermissionTable } from '../../src/index.ts';

it('docs/roles.md carries the role × permission table of the code', () => {
  const doc = readFileSync(new URL('../../../../docs/roles.md', import.meta.url), 'utf8');
  expect(doc).toContain(rolePermissionTable());
});
