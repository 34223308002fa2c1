import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderLifecycleTable } from './render-table.ts';

describe('packages/domain/README.md', () => {
  it('shows the life-cycle table exactly as the code defines it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(renderLifecycleTable());
  });
});
